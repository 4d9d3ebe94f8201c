package fr.portailfamille.application.messaging;

class InMemoryNewsRepositoryTest extends NewsRepositoryContract {

    private final NewsRepository repository = new InMemoryNewsRepository();

    @Override
    protected NewsRepository repository() {
        return repository;
    }
}
