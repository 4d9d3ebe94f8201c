package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.SessionRepository;
import fr.portailfamille.application.accounts.SessionRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqSessionRepositoryTest extends SessionRepositoryContract {

    // once per test: every call to repository() and accounts() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected SessionRepository repository() {
        return new JooqSessionRepository(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }
}
