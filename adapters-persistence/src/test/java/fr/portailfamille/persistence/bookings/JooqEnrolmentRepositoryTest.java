package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.bookings.EnrolmentRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqEnrolmentRepositoryTest extends EnrolmentRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private final JooqEnrolmentRepository repository = new JooqEnrolmentRepository(db);
    private final TestChildren children = new TestChildren(db);

    @Override
    protected EnrolmentRepository repository() {
        return repository;
    }

    @Override
    protected long anActivity() {
        return new JooqActivityRepository(db).add(BookingFixtures.morning()).id();
    }

    @Override
    protected long aPerson() {
        return children.next();
    }
}
