package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.ThrottleRepository;
import fr.portailfamille.application.accounts.ThrottleRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqThrottleRepositoryTest extends ThrottleRepositoryContract {

    // once per test: every call to repository() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected ThrottleRepository repository() {
        return new JooqThrottleRepository(db);
    }
}
