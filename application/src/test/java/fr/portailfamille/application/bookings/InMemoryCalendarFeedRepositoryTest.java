package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
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
