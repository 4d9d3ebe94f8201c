package fr.portailfamille.application.bookings;

class InMemorySchoolCalendarRepositoryTest extends SchoolCalendarRepositoryContract {
    private final InMemorySchoolCalendarRepository repository = new InMemorySchoolCalendarRepository();

    @Override
    protected SchoolCalendarRepository repository() {
        return repository;
    }
}
