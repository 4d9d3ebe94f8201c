package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected AccountRepository repository() {
        return accounts;
    }
}
