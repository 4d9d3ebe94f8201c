package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
class InMemoryNewsRepositoryTest extends NewsRepositoryContract {

    private final NewsRepository repository = new InMemoryNewsRepository();

    @Override
    protected NewsRepository repository() {
        return repository;
    }
}
