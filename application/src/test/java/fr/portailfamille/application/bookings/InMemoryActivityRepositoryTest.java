package fr.portailfamille.application.bookings;

class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {
    private final InMemoryActivityRepository repository = new InMemoryActivityRepository();

    @Override
    protected ActivityRepository repository() {
        return repository;
    }
}
