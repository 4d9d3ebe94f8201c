package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
class InMemoryThreadRepositoryTest extends ThreadRepositoryContract {

    private final ThreadRepository repository = new InMemoryThreadRepository();
    private long last;

    @Override
    protected ThreadRepository repository() {
        return repository;
    }

    @Override
    protected long newHouseholdId() {
        return ++last;
    }

    @Override
    protected long newAccountId() {
        return ++last;
    }
}
