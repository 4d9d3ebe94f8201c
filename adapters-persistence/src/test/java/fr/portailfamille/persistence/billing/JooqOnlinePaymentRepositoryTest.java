package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.billing.port.OnlinePaymentRepository;
import fr.portailfamille.application.billing.OnlinePaymentRepositoryContract;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqOnlinePaymentRepositoryTest extends OnlinePaymentRepositoryContract {
    private final Db db = TestDatabase.fresh();
    private final OnlinePaymentRepository repository = new JooqOnlinePaymentRepository(db);
    private final InvoiceRepository invoices = new JooqInvoiceRepository(db);
    private final CashOfficeRepository cashOffices = new JooqCashOfficeRepository(db);

    @Override
    protected OnlinePaymentRepository repository() {
        return repository;
    }

    @Override
    protected InvoiceRepository invoices() {
        return invoices;
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
    protected long newAccount() {
        return BillingRows.account(db, Role.PARENT);
    }
}
