package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
/** In one JVM, «two processes» share the in-memory registry as two processes share the database. */
class InMemoryJobLocksTest extends JobLocksContract {

    private final InMemoryJobLocks shared = new InMemoryJobLocks();

    @Override
    protected JobLocks firstProcess() {
        return shared;
    }

    @Override
    protected JobLocks secondProcess() {
        return shared;
    }
}
