package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
class InMemoryEnrolmentRepositoryTest extends EnrolmentRepositoryContract {
    private final InMemoryEnrolmentRepository repository = new InMemoryEnrolmentRepository();
    private long ids;

    @Override
    protected EnrolmentRepository repository() {
        return repository;
    }

    @Override
    protected long anActivity() {
        return ++ids;
    }

    @Override
    protected long aPerson() {
        return ++ids;
    }
}
