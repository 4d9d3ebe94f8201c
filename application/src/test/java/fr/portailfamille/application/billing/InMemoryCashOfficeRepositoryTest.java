package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryCashOfficeRepositoryTest extends CashOfficeRepositoryContract {
    private final InMemoryCashOfficeRepository repository = new InMemoryCashOfficeRepository();

    @Override
    protected CashOfficeRepository repository() {
        return repository;
    }
}
