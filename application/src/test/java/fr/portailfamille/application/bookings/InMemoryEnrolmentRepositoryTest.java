package fr.portailfamille.application.bookings;

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
