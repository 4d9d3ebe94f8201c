package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;
import fr.portailfamille.domain.bookings.EnrolmentStatus;
import fr.portailfamille.domain.households.Child;

import java.util.List;
import java.util.Objects;

/** In memory: the recipients of a group message, read from the in-memory dossiers and enrolments. */
public final class InMemoryRecipients implements Recipients {

    private final InMemoryHouseholdRepository households;
    private final EnrolmentRepository enrolments;

    public InMemoryRecipients(InMemoryHouseholdRepository households, EnrolmentRepository enrolments) {
        this.households = households;
        this.enrolments = enrolments;
    }

    @Override
    public List<Long> householdsWithChildAt(String school) {
        return households.allChildren().stream().filter(c -> Objects.equals(c.school(), school))
                .map(Child::householdId).distinct().sorted().toList();
    }

    @Override
    public List<Long> householdsEnrolledIn(long activityId) {
        return enrolments.ofActivity(activityId).stream().filter(e -> e.status() == EnrolmentStatus.ACCEPTED)
                .map(e -> households.findChild(e.childId()).orElseThrow().householdId()).distinct().sorted().toList();
    }
}
