package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.CashOfficeRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqCashOfficeRepositoryTest extends CashOfficeRepositoryContract {
    private final CashOfficeRepository repository = new JooqCashOfficeRepository(TestDatabase.fresh());

    @Override
    protected CashOfficeRepository repository() {
        return repository;
    }
}
