package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.HouseholdJournal;
import fr.portailfamille.application.privacy.InMemoryAuditTrail;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.privacy.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every booking, cancellation and enrolment decision leaves a line in its household's trail: who, when, from where. */
class BookingAuditTrailTest {

    static final LocalDate TUESDAY_8 = LocalDate.parse("2026-12-08");
    static final LocalDate THURSDAY_10 = LocalDate.parse("2026-12-10");

    final InMemoryBookingsPorts memory = new InMemoryBookingsPorts();
    final BookingsPorts ports = memory.ports;
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final Actor dupont = withOrigin(memory.account("DUPONT", "marie@exemple.fr", Role.PARENT), "192.0.2.10");
    final Actor martin = memory.account("MARTIN", "paul@exemple.fr", Role.PARENT);
    final Actor agent = withOrigin(memory.account("ROUSSEL", "agent@mairie.fr", Role.AGENT), "10.0.0.7");
    final DecideEnrolment decide = new DecideEnrolment(ports, trail);
    final SubmitBookings submit = new SubmitBookings(ports, trail);
    final ApplyTypicalWeek typicalWeek = new ApplyTypicalWeek(ports, trail);
    final HouseholdJournal journal = new HouseholdJournal(ports.households(), trail);

    static Actor withOrigin(Actor actor, String origin) {
        return new Actor(actor.accountId(), actor.role(), origin);
    }

    Activity morning(int places) {
        var result = new ManageActivities(ports).save(agent, null, new ManageActivities.Command("2026-2027", "Accueil du matin", "ACCUEIL_MATIN", "SESSION",
                List.of("1", "2", "4", "5"), Integer.toString(places), true, BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING, "REGIE-ENFANCE", "MATIN"));
        return assertInstanceOf(ManageActivities.Result.Saved.class, result).activity();
    }

    @Test
    void bookings_cancellations_waiting_places_and_decisions_are_in_the_households_trail_and_refusals_are_not() {
        var activity = morning(1);
        long lea = memory.child(dupont, "Léa", true);
        var requested = assertInstanceOf(RequestEnrolment.Result.Requested.class, new RequestEnrolment(ports).request(dupont, lea, activity.id()));
        decide.accept(agent, requested.enrolment().id());
        long paul = memory.child(martin, "Paul", true);
        var asked = assertInstanceOf(RequestEnrolment.Result.Requested.class, new RequestEnrolment(ports).request(martin, paul, activity.id()));
        decide.accept(agent, asked.enrolment().id());

        submit.submit(dupont, List.of(new SubmitBookings.Item(lea, activity.id(), TUESDAY_8, false)));
        submit.submit(martin, List.of(new SubmitBookings.Item(paul, activity.id(), TUESDAY_8, false)));
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea, activity.id(), TUESDAY_8, true),
                new SubmitBookings.Item(lea, activity.id(), LocalDate.parse("2026-12-23"), false))); // holidays: refused, not in the trail

        long household = ports.households().households().householdOf(dupont.accountId()).orElseThrow();
        var lines = journal.ofHousehold(agent, household);
        assertEquals(List.of(AuditEvent.Kind.CANCELLED, AuditEvent.Kind.BOOKED, AuditEvent.Kind.ENROLMENT_ACCEPTED),
                lines.stream().map(l -> l.event().kind()).toList());
        var cancelled = lines.getFirst().event();
        assertEquals("Léa – Accueil du matin – mardi 08/12/2026", cancelled.summary());
        assertEquals("192.0.2.10", cancelled.origin());
        assertEquals(dupont.accountId(), cancelled.actorAccountId());
        assertEquals(memory.accounts.clock.instant(), cancelled.at());
        assertTrue(lines.getFirst().actorName().endsWith("DUPONT (parent)"), lines.getFirst().actorName());
        var decision = lines.getLast();
        assertEquals("10.0.0.7", decision.event().origin());
        assertEquals("Léa – Accueil du matin – 2026-2027", decision.event().summary());
        assertTrue(decision.actorName().endsWith("ROUSSEL (agent)"));

        long theirs = ports.households().households().householdOf(martin.accountId()).orElseThrow();
        // Paul's promotion after Léa's cancellation is nobody's action in his household: his family is notified, and
        // the trail of his household must not name the Dupont parent who cancelled
        assertEquals(List.of(AuditEvent.Kind.WAITLISTED, AuditEvent.Kind.ENROLMENT_ACCEPTED),
                journal.ofHousehold(agent, theirs).stream().map(l -> l.event().kind()).toList());
        assertTrue(journal.ofHousehold(agent, theirs).stream().noneMatch(l -> l.event().actorAccountId() == dupont.accountId()));
        assertThrows(Actor.NotAllowed.class, () -> journal.ofHousehold(dupont, household), "staff only");
    }

    @Test
    void a_typical_week_records_each_day_it_booked() {
        var activity = morning(30);
        long lea = memory.child(dupont, "Léa", true);
        var requested = assertInstanceOf(RequestEnrolment.Result.Requested.class, new RequestEnrolment(ports).request(dupont, lea, activity.id()));
        decide.accept(agent, requested.enrolment().id());
        var result = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(activity.id())), List.of(Long.toString(lea)), TUESDAY_8.toString(), THURSDAY_10.toString(), "EVERY_WEEK",
                List.of("2", "4"))));
        long household = ports.households().households().householdOf(dupont.accountId()).orElseThrow();
        var booked = journal.ofHousehold(agent, household).stream().filter(l -> l.event().kind() == AuditEvent.Kind.BOOKED).toList();
        assertEquals(result.booked(), booked.size());
        assertEquals(2, booked.size());
        assertTrue(booked.stream().allMatch(l -> l.event().origin().equals("192.0.2.10")));
    }
}
