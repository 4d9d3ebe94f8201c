package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.FranceConnectAttempts;
import fr.portailfamille.application.accounts.FranceConnectAttemptsContract;
import fr.portailfamille.application.accounts.port.SessionRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqFranceConnectAttemptsTest extends FranceConnectAttemptsContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected FranceConnectAttempts attempts() {
        return new JooqFranceConnectAttempts(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }

    @Override
    protected SessionRepository sessions() {
        return new JooqSessionRepository(db);
    }
}
