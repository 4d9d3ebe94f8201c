package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.SchoolCalendarRepository;
import fr.portailfamille.application.bookings.SchoolCalendarRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqSchoolCalendarRepositoryTest extends SchoolCalendarRepositoryContract {

    private final JooqSchoolCalendarRepository repository = new JooqSchoolCalendarRepository(TestDatabase.fresh());

    @Override
    protected SchoolCalendarRepository repository() {
        return repository;
    }
}
