package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.CalendarFeedRepository;
import fr.portailfamille.application.bookings.CalendarFeedRepositoryContract;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

class JooqCalendarFeedRepositoryTest extends CalendarFeedRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private final JooqCalendarFeedRepository repository = new JooqCalendarFeedRepository(db);
    private int count;

    @Override
    protected CalendarFeedRepository repository() {
        return repository;
    }

    @Override
    protected long aHousehold() {
        return new JooqHouseholdRepository(db).add(Household.named("ESSAI " + (++count))).id();
    }
}
