package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryFranceConnectAttemptsTest extends FranceConnectAttemptsContract {

    private final InMemoryFranceConnectAttempts attempts = new InMemoryFranceConnectAttempts();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();

    @Override
    protected FranceConnectAttempts attempts() {
        return attempts;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }
}
