package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.billing.InvoiceRepositoryContract;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqInvoiceRepositoryTest extends InvoiceRepositoryContract {
    private final Db db = TestDatabase.fresh();
    private final InvoiceRepository repository = new JooqInvoiceRepository(db);
    private final CashOfficeRepository cashOffices = new JooqCashOfficeRepository(db);

    @Override
    protected InvoiceRepository repository() {
        return repository;
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return cashOffices;
    }

    @Override
    protected long newHousehold() {
        return BillingRows.household(db);
    }

    @Override
    protected long newAgent() {
        return BillingRows.account(db, Role.AGENT);
    }
}
