package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
class InMemorySchoolCalendarRepositoryTest extends SchoolCalendarRepositoryContract {
    private final InMemorySchoolCalendarRepository repository = new InMemorySchoolCalendarRepository();

    @Override
    protected SchoolCalendarRepository repository() {
        return repository;
    }
}
