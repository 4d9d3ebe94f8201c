package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-06-03T14:00:00Z");

    private static Enrolment pending() {
        return Enrolment.request(7, 1, Calendars.YEAR, T0).withId(3);
    }

    @Test
    void a_parent_request_waits_for_the_town() {
        var enrolment = pending();
        assertEquals(EnrolmentStatus.PENDING, enrolment.status());
        assertFalse(enrolment.allowsBooking());
        assertNull(enrolment.decidedAt());
        assertEquals("En attente de validation", enrolment.statusInWords());
        assertEquals(3, enrolment.id());
    }

    @Test
    void accepted_it_allows_booking() {
        var enrolment = pending().accept(T1);
        assertEquals(EnrolmentStatus.ACCEPTED, enrolment.status());
        assertTrue(enrolment.allowsBooking());
        assertEquals(T1, enrolment.decidedAt());
        assertEquals("Acceptée", enrolment.statusInWords());
        assertThrows(IllegalStateException.class, () -> enrolment.accept(T1));
    }

    @Test
    void refused_it_says_why() {
        var enrolment = pending().refuse("  Plus de place en petite section  ", T1);
        assertEquals(EnrolmentStatus.REFUSED, enrolment.status());
        assertFalse(enrolment.allowsBooking());
        assertEquals("Plus de place en petite section", enrolment.refusalReason());
        assertEquals("Refusée : Plus de place en petite section", enrolment.statusInWords());
        assertThrows(IllegalStateException.class, () -> enrolment.refuse("encore", T1));
        var reconsidered = enrolment.accept(T1.plusSeconds(60));
        assertTrue(reconsidered.allowsBooking());
        assertNull(reconsidered.refusalReason());
    }

    @Test
    void a_refusal_needs_a_reason_in_french() {
        var e = assertThrows(IllegalArgumentException.class, () -> pending().refuse("  ", T1));
        assertEquals("Indiquez le motif du refus : il est communiqué à la famille.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pending().refuse(null, T1));
    }

    @Test
    void an_agent_enrols_directly() {
        var enrolment = Enrolment.createdByAgent(7, 1, Calendars.YEAR, T0);
        assertTrue(enrolment.allowsBooking());
        assertEquals(T0, enrolment.decidedAt());
    }

    @Test
    void status_and_reason_go_together() {
        assertThrows(IllegalArgumentException.class,
                () -> new Enrolment(0, 7, 1, Calendars.YEAR, EnrolmentStatus.REFUSED, null, T0, T1));
        assertThrows(IllegalArgumentException.class,
                () -> new Enrolment(0, 7, 1, Calendars.YEAR, EnrolmentStatus.ACCEPTED, "motif", T0, T1));
        assertThrows(IllegalArgumentException.class,
                () -> new Enrolment(0, 7, 1, Calendars.YEAR, EnrolmentStatus.PENDING, null, T0, T1));
        assertThrows(IllegalArgumentException.class,
                () -> new Enrolment(0, 0, 1, Calendars.YEAR, EnrolmentStatus.PENDING, null, T0, null));
    }

    @Test
    void statuses_speak_french() {
        assertEquals("En attente de validation", EnrolmentStatus.PENDING.label());
        assertEquals("Acceptée", EnrolmentStatus.ACCEPTED.label());
        assertEquals("Refusée", EnrolmentStatus.REFUSED.label());
    }
}
