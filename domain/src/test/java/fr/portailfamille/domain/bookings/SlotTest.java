package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotTest {

    private static final SchoolCalendar CALENDAR = Calendars.year2026();
    /** Thursday 17 September 2026: «J-2 ouvrés avant 12h» closes on Tuesday 15 at 12:00 Paris (10:00 UTC). */
    private static final LocalDate THURSDAY = LocalDate.parse("2026-09-17");
    private static final Instant EARLY = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-09-15T10:00:00Z");
    private static final Activity TWO_PLACES = Activities.withPlaces(Activities.MATIN, 2, true);
    private static final Activity TWO_PLACES_NO_LIST = Activities.withPlaces(Activities.MATIN, 2, false);

    private static Slot slot(Activity activity, LocalDate date) {
        return Slot.open(activity, date, CALENDAR);
    }

    private static BookingDecision book(Slot slot, long child, Instant now) {
        return slot.book(child, now, Activities.accepted(child, slot.activity()));
    }

    @Test
    void places_then_waiting_list_first_come_first_served() {
        var slot = slot(TWO_PLACES, THURSDAY);
        assertEquals(new BookingDecision.Booked(), book(slot, 11, EARLY));
        assertEquals(new BookingDecision.Booked(), book(slot, 12, EARLY));
        assertEquals(new BookingDecision.Waitlisted(1), book(slot, 13, EARLY));
        assertEquals(new BookingDecision.Waitlisted(2), book(slot, 14, EARLY));
        assertEquals(List.of(11L, 12L), slot.booked());
        assertEquals(List.of(13L, 14L), slot.waiting());
        assertEquals(OptionalInt.of(2), slot.waitingPosition(14));
        assertEquals(OptionalInt.empty(), slot.waitingPosition(11));
        assertTrue(slot.isFull());
        assertEquals(0, slot.placesLeft());
        assertEquals("Complet : placé sur liste d'attente (position 2).", new BookingDecision.Waitlisted(2).message());
    }

    @Test
    void a_deadline_refusal_says_the_rule_and_the_last_moment_it_was_possible() {
        var slot = slot(TWO_PLACES, THURSDAY);
        assertEquals("Le délai de réservation est dépassé. " + TWO_PLACES.bookingRuleInWords()
                        + " : pour le jeudi 17 septembre 2026, c'était au plus tard le mardi 15 septembre 2026 à 12 h.",
                slot.refusalInWords(RefusalReason.BOOKING_DEADLINE_PASSED));
        assertTrue(slot.refusalInWords(RefusalReason.CANCELLATION_DEADLINE_PASSED).startsWith("Le délai d'annulation est dépassé. "
                + TWO_PLACES.cancellationRuleInWords() + " : pour le jeudi 17 septembre 2026, c'était au plus tard le "));
        assertEquals(RefusalReason.FULL.message(), slot.refusalInWords(RefusalReason.FULL));
    }

    @Test
    void full_without_a_waiting_list_is_refused() {
        var slot = slot(TWO_PLACES_NO_LIST, THURSDAY);
        book(slot, 11, EARLY);
        book(slot, 12, EARLY);
        var decision = book(slot, 13, EARLY);
        assertEquals(new BookingDecision.Refused(RefusalReason.FULL), decision);
        assertEquals("Complet : il ne reste plus de place ce jour-là.", decision.message());
        assertEquals(List.of(11L, 12L), slot.booked());
        assertTrue(slot.waiting().isEmpty());
    }

    @Test
    void two_hundred_requests_on_twenty_places_book_twenty_and_queue_the_rest_in_order() {
        var slot = slot(Activities.withPlaces(Activities.MATIN, 20, true), THURSDAY);
        List<BookingDecision> decisions = new ArrayList<>();
        for (long child = 1; child <= 200; child++) decisions.add(book(slot, child, EARLY));
        assertEquals(LongStream.rangeClosed(1, 20).boxed().toList(), slot.booked());
        assertEquals(LongStream.rangeClosed(21, 200).boxed().toList(), slot.waiting());
        assertEquals(new BookingDecision.Waitlisted(180), decisions.getLast());
    }

    @Test
    void the_deadline_instant_itself_is_too_late() {
        var slot = slot(TWO_PLACES, THURSDAY);
        assertEquals(ZonedDateTime.parse("2026-09-15T12:00+02:00[Europe/Paris]"), slot.bookingDeadline());
        assertEquals(new BookingDecision.Refused(RefusalReason.BOOKING_DEADLINE_PASSED), book(slot, 11, DEADLINE));
        assertTrue(slot.booked().isEmpty());
        assertEquals(new BookingDecision.Booked(), book(slot, 11, DEADLINE.minusNanos(1)));
    }

    @Test
    void the_tuesday_after_easter_monday_closes_on_the_thursday_before() {
        // Easter 2027 is 28 March: Monday 29 is off, so two working days before Tuesday 30 is Thursday 25 (winter time).
        var slot = slot(TWO_PLACES, LocalDate.parse("2027-03-30"));
        assertEquals(Instant.parse("2027-03-25T11:00:00Z"), slot.bookingDeadline().toInstant());
        assertEquals(new BookingDecision.Refused(RefusalReason.BOOKING_DEADLINE_PASSED),
                book(slot, 11, Instant.parse("2027-03-26T07:00:00Z")));
        assertEquals(new BookingDecision.Booked(), book(slot, 12, Instant.parse("2027-03-25T10:59:59Z")));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "MATIN, 2026-10-19, HOLIDAY",       // Toussaint holidays
            "MATIN, 2027-03-29, HOLIDAY",       // Easter Monday
            "MATIN, 2026-09-19, HOLIDAY",       // Saturday
            "MATIN, 2026-09-16, NOT_RUNNING",   // Wednesday: not one of its days
            "MATIN, 2027-06-11, CLOSED",        // the town's closure day
            "VACANCES, 2026-09-17, NOT_RUNNING",// a school day for a holiday activity
            "VACANCES, 2026-10-24, NOT_RUNNING",// Saturday of the holidays: not one of its days
            "VACANCES, 2026-11-11, HOLIDAY",    // public holiday
            "VACANCES, 2026-12-25, HOLIDAY",
    })
    void no_booking_on_a_day_the_activity_does_not_take_place(String activity, LocalDate date, RefusalReason reason) {
        var slot = slot(ActivityTest.activityNamed(activity), date);
        assertEquals(new BookingDecision.Refused(reason), book(slot, 11, Instant.parse("2026-06-01T00:00:00Z")));
        assertFalse(slot.takesPlace());
    }

    @Test
    void an_agent_closes_and_reopens_a_day() {
        var slot = slot(TWO_PLACES, THURSDAY);
        slot.close();
        assertEquals(new BookingDecision.Refused(RefusalReason.CLOSED), book(slot, 11, EARLY));
        assertFalse(slot.takesPlace());
        assertEquals(List.of(), slot.reopen());
        assertEquals(new BookingDecision.Booked(), book(slot, 11, EARLY));
    }

    @Test
    void enrolment_comes_first() {
        var slot = slot(TWO_PLACES, THURSDAY);
        var pending = Enrolment.request(11, TWO_PLACES.id(), Calendars.YEAR, EARLY).withId(5);
        var refused = pending.refuse("Plus de place en maternelle", EARLY);
        assertEquals(new BookingDecision.Refused(RefusalReason.NOT_ENROLLED), slot.book(11, EARLY, Optional.empty()));
        assertEquals(new BookingDecision.Refused(RefusalReason.ENROLMENT_PENDING), slot.book(11, EARLY, Optional.of(pending)));
        assertEquals(new BookingDecision.Refused(RefusalReason.NOT_ENROLLED), slot.book(11, EARLY, Optional.of(refused)));
        assertEquals(new BookingDecision.Booked(), slot.book(11, EARLY, Optional.of(pending.accept(EARLY))));
    }

    @Test
    void an_enrolment_of_someone_or_something_else_is_a_programming_error() {
        var slot = slot(TWO_PLACES, THURSDAY);
        assertThrows(IllegalArgumentException.class, () -> slot.book(12, EARLY, Activities.accepted(11, TWO_PLACES)));
        assertThrows(IllegalArgumentException.class, () -> slot.book(11, EARLY, Activities.accepted(11, Activities.CANTINE)));
        var otherYear = Enrolment.createdByAgent(11, TWO_PLACES.id(), Calendars.YEAR.next(), EARLY);
        assertThrows(IllegalArgumentException.class, () -> slot.book(11, EARLY, Optional.of(otherYear)));
    }

    @Test
    void asking_twice_is_refused_and_changes_nothing() {
        var slot = slot(Activities.withPlaces(Activities.MATIN, 1, true), THURSDAY);
        book(slot, 11, EARLY);
        book(slot, 12, EARLY);
        assertEquals(new BookingDecision.Refused(RefusalReason.ALREADY_BOOKED), book(slot, 11, EARLY));
        assertEquals(new BookingDecision.Refused(RefusalReason.ALREADY_WAITLISTED), book(slot, 12, EARLY));
        // even after the deadline, the answer says what is true
        assertEquals(new BookingDecision.Refused(RefusalReason.ALREADY_BOOKED), book(slot, 11, DEADLINE));
        assertEquals(List.of(11L), slot.booked());
        assertEquals(List.of(12L), slot.waiting());
    }

    @Test
    void cancelling_frees_the_place_for_the_first_waiting_child() {
        var slot = slot(TWO_PLACES, THURSDAY);
        for (long child = 11; child <= 14; child++) book(slot, child, EARLY);
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(13)), slot.cancel(11, EARLY));
        assertEquals(List.of(12L, 13L), slot.booked());
        assertEquals(List.of(14L), slot.waiting());
        assertEquals(OptionalInt.of(1), slot.waitingPosition(14));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(14)), slot.cancel(12, EARLY));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.empty()), slot.cancel(13, EARLY));
        assertEquals(List.of(14L), slot.booked());
    }

    @Test
    void leaving_the_waiting_list_is_allowed_even_after_the_deadline() {
        var slot = slot(Activities.withPlaces(Activities.MATIN, 1, true), THURSDAY);
        book(slot, 11, EARLY);
        book(slot, 12, EARLY);
        book(slot, 13, EARLY);
        assertEquals(new CancellationDecision.LeftWaitingList(), slot.cancel(12, DEADLINE.plusSeconds(3600)));
        assertEquals(List.of(13L), slot.waiting());
        assertEquals(List.of(11L), slot.booked());
    }

    @Test
    void cancelling_after_the_cancellation_deadline_is_refused_and_keeps_the_booking() {
        var slot = slot(TWO_PLACES, THURSDAY);
        book(slot, 11, EARLY);
        var decision = slot.cancel(11, DEADLINE);
        assertEquals(new CancellationDecision.Refused(RefusalReason.CANCELLATION_DEADLINE_PASSED), decision);
        assertEquals("Le délai d'annulation est dépassé.", decision.message());
        assertEquals(List.of(11L), slot.booked());
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.empty()), slot.cancel(11, DEADLINE.minusNanos(1)));
    }

    @Test
    void cancelling_what_was_not_booked_is_refused() {
        var slot = slot(TWO_PLACES, THURSDAY);
        assertEquals(new CancellationDecision.Refused(RefusalReason.NOT_BOOKED), slot.cancel(11, EARLY));
    }

    @Test
    void raising_the_capacity_promotes_in_order_and_lowering_it_keeps_every_booking() {
        var slot = slot(TWO_PLACES, THURSDAY);
        for (long child = 11; child <= 15; child++) book(slot, child, EARLY);
        assertEquals(List.of(13L, 14L), slot.changeCapacity(4));
        assertEquals(List.of(11L, 12L, 13L, 14L), slot.booked());
        assertEquals(List.of(15L), slot.waiting());
        assertEquals(List.of(), slot.changeCapacity(1));
        assertEquals(4, slot.booked().size());
        // one cancellation does not free a place while bookings still exceed the capacity
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.empty()), slot.cancel(11, EARLY));
        assertEquals(new BookingDecision.Waitlisted(2), book(slot, 16, EARLY));
        assertThrows(IllegalArgumentException.class, () -> slot.changeCapacity(-1));
    }

    @Test
    void a_closed_day_promotes_nobody_until_reopened() {
        var slot = slot(Activities.withPlaces(Activities.MATIN, 1, true), THURSDAY);
        book(slot, 11, EARLY);
        book(slot, 12, EARLY);
        slot.close();
        assertEquals(List.of(), slot.changeCapacity(2));
        assertEquals(List.of(12L), slot.reopen());
        assertEquals(List.of(11L, 12L), slot.booked());
    }

    @Test
    void restored_slots_keep_their_order_and_refuse_duplicates() {
        var slot = Slot.restore(TWO_PLACES, THURSDAY, CALENDAR, 2, false, List.of(5L, 3L), List.of(9L, 7L));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(9)), slot.cancel(3, EARLY));
        assertThrows(IllegalArgumentException.class,
                () -> Slot.restore(TWO_PLACES, THURSDAY, CALENDAR, 2, false, List.of(5L), List.of(5L)));
        assertThrows(IllegalArgumentException.class,
                () -> Slot.restore(TWO_PLACES, LocalDate.parse("2027-09-02"), CALENDAR, 2, false, List.of(), List.of()));
    }

    @Test
    void refusal_reasons_speak_french() {
        assertEquals("Le délai de réservation est dépassé.", RefusalReason.BOOKING_DEADLINE_PASSED.message());
        assertEquals("L'activité est fermée ce jour-là.", new BookingDecision.Refused(RefusalReason.CLOSED).message());
        assertEquals("Réservé.", new BookingDecision.Booked().message());
        assertEquals("Retiré de la liste d'attente.", new CancellationDecision.LeftWaitingList().message());
        for (var reason : RefusalReason.values()) assertFalse(reason.message().isBlank(), reason.name());
    }
}
