package fr.portailfamille.application.bookings;

class InMemoryCalendarFeedRepositoryTest extends CalendarFeedRepositoryContract {
    private final InMemoryCalendarFeedRepository repository = new InMemoryCalendarFeedRepository();
    private long ids;

    @Override
    protected CalendarFeedRepository repository() {
        return repository;
    }

    @Override
    protected long aHousehold() {
        return ++ids;
    }
}
