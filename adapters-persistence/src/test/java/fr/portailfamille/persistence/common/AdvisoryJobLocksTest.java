package fr.portailfamille.persistence.common;

import fr.portailfamille.application.common.port.JobLocks;
import fr.portailfamille.application.common.JobLocksContract;
import fr.portailfamille.persistence.ConnectionPool;
import fr.portailfamille.persistence.TestDatabase;

/** Each «process» gets its own connection pool on the one test database, as two portals would. */
class AdvisoryJobLocksTest extends JobLocksContract {

    @Override
    protected JobLocks firstProcess() {
        return new AdvisoryJobLocks(TestDatabase.shared().dataSource());
    }

    @Override
    protected JobLocks secondProcess() {
        return new AdvisoryJobLocks(TestDatabase.secondPool());
    }
}
