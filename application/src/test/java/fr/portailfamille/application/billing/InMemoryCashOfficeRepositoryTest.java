package fr.portailfamille.application.billing;

class InMemoryCashOfficeRepositoryTest extends CashOfficeRepositoryContract {
    private final InMemoryCashOfficeRepository repository = new InMemoryCashOfficeRepository();

    @Override
    protected CashOfficeRepository repository() {
        return repository;
    }
}
