package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.bookings.InMemoryEnrolmentRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;

class InMemoryRecipientsTest extends RecipientsContract {

    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final InMemoryEnrolmentRepository enrolments = new InMemoryEnrolmentRepository();
    private long activities;

    @Override
    protected Recipients recipients() {
        return new InMemoryRecipients(households, enrolments);
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }

    @Override
    protected EnrolmentRepository enrolments() {
        return enrolments;
    }

    @Override
    protected long anActivity() {
        return ++activities;
    }
}
