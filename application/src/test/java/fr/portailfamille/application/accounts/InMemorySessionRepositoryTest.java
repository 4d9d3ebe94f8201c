package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();

    @Override
    protected SessionRepository repository() {
        return sessions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
