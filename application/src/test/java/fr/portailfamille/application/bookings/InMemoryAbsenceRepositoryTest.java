package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
class InMemoryAbsenceRepositoryTest extends AbsenceRepositoryContract {
    private final InMemoryAbsenceRepository repository = new InMemoryAbsenceRepository();
    private long ids;

    @Override
    protected AbsenceRepository repository() {
        return repository;
    }

    @Override
    protected long aHousehold() {
        return ++ids;
    }

    @Override
    protected long aChild(long householdId) {
        return ++ids;
    }
}
