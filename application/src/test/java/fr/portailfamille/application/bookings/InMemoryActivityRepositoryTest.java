package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {
    private final InMemoryActivityRepository repository = new InMemoryActivityRepository();

    @Override
    protected ActivityRepository repository() {
        return repository;
    }
}
