package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.port.Recipients;
import fr.portailfamille.application.messaging.RecipientsContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.bookings.JooqEnrolmentRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

class JooqRecipientsTest extends RecipientsContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected Recipients recipients() {
        return new JooqRecipients(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }

    @Override
    protected EnrolmentRepository enrolments() {
        return new JooqEnrolmentRepository(db);
    }

    @Override
    protected long anActivity() {
        return new JooqActivityRepository(db).add(BookingFixtures.morning()).id();
    }
}
