package fr.portailfamille.application.accounts;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected AccountRepository repository() {
        return accounts;
    }
}
