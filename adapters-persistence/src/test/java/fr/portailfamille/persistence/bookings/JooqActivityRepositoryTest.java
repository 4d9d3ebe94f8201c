package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.ActivityRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqActivityRepositoryTest extends ActivityRepositoryContract {

    private final JooqActivityRepository repository = new JooqActivityRepository(TestDatabase.fresh());

    @Override
    protected ActivityRepository repository() {
        return repository;
    }
}
