package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDecision;
import fr.portailfamille.domain.bookings.CancellationDecision;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.Slot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link SlotRepository}: load under lock, let the slot decide, save; counts, positions and history read back. */
public abstract class SlotRepositoryContract {

    protected abstract SlotRepository repository();

    /** Where the activities of the test are stored (slots refer to them). */
    protected abstract ActivityRepository activities();

    protected abstract Transactions transactions();

    /** A stored person's id: a child of some household. */
    protected abstract long aPerson();

    static final LocalDate TUESDAY = LocalDate.parse("2026-12-08");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-10");
    /** Well before the deadlines of December. */
    static final Instant EARLY = Instant.parse("2026-11-23T10:00:00Z");
    /** After the J-2 deadline of Tuesday 8 December (Friday 4th at noon), before Thursday's (Monday 7th at noon). */
    static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-12-04T15:00:00Z");

    final SchoolCalendar calendar = BookingFixtures.calendar();

    Activity stored(Activity activity) {
        var a = activities().add(activity);
        repository().ensure(a, List.of(TUESDAY, THURSDAY));
        return a;
    }

    static Optional<Enrolment> enrolled(long person, Activity activity) {
        return Optional.of(Enrolment.createdByAgent(person, activity.id(), activity.schoolYear(), EARLY).withId(person));
    }

    Slot load(Activity activity, LocalDate day) {
        return repository().lock(activity, calendar, List.of(day)).getFirst();
    }

    /** Load, decide and save in one transaction, as a use case does. */
    void change(Activity activity, LocalDate day, Instant now, Consumer<Slot> decision) {
        transactions().run(() -> {
            var slot = load(activity, day);
            decision.accept(slot);
            repository().save(List.of(slot), now);
        });
    }

    @Test
    void slots_are_created_once_at_the_default_capacity() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 3, true));
        repository().ensure(activity, List.of(TUESDAY, THURSDAY, THURSDAY.plusDays(1)));
        var slots = repository().lock(activity, calendar, List.of(THURSDAY.plusDays(1), TUESDAY, THURSDAY, THURSDAY.plusDays(4)));
        assertEquals(List.of(TUESDAY, THURSDAY, THURSDAY.plusDays(1)), slots.stream().map(Slot::date).toList(), "date order, missing days left out");
        slots.forEach(s -> assertEquals(3, s.capacity()));
        assertEquals(List.of(new SlotSummary(activity.id(), TUESDAY, 3, false, 0, 0), new SlotSummary(activity.id(), THURSDAY, 3, false, 0, 0)),
                repository().summaries(List.of(activity.id()), TUESDAY, THURSDAY));
    }

    @Test
    void bookings_beyond_the_places_wait_in_arrival_order_and_are_read_back() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 2, true));
        long a = aPerson(), b = aPerson(), c = aPerson(), d = aPerson();
        change(activity, TUESDAY, EARLY, slot -> {
            for (long p : List.of(a, b, c, d)) slot.book(p, EARLY, enrolled(p, activity));
        });
        var slot = load(activity, TUESDAY);
        assertEquals(List.of(a, b), slot.booked());
        assertEquals(List.of(c, d), slot.waiting());
        assertEquals(List.of(new SlotSummary(activity.id(), TUESDAY, 2, false, 2, 2)), repository().summaries(List.of(activity.id()), TUESDAY, TUESDAY));
        assertEquals(List.of(new PersonBooking(b, activity.id(), TUESDAY, true, 0), new PersonBooking(d, activity.id(), TUESDAY, false, 2)),
                repository().bookingsOf(List.of(b, d), TUESDAY, THURSDAY).stream()
                        .sorted(java.util.Comparator.comparingLong(PersonBooking::personId)).toList());
        assertEquals(List.of(), repository().bookingsOf(List.of(b), THURSDAY, THURSDAY));
    }

    @Test
    void a_cancellation_promotes_the_first_waiting_and_the_history_keeps_when_and_how_late() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 1, true));
        long a = aPerson(), b = aPerson(), c = aPerson();
        change(activity, TUESDAY, EARLY, slot -> {
            for (long p : List.of(a, b, c)) slot.book(p, EARLY, enrolled(p, activity));
        });
        Instant later = EARLY.plusSeconds(3600);
        change(activity, TUESDAY, later, slot -> assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(b)), slot.cancel(a, later)));
        var slot = load(activity, TUESDAY);
        assertEquals(List.of(b), slot.booked());
        assertEquals(List.of(c), slot.waiting());
        assertEquals(List.of(new PersonBooking(c, activity.id(), TUESDAY, false, 1)), repository().bookingsOf(List.of(c), TUESDAY, TUESDAY));

        var records = repository().records(List.of(activity.id()), TUESDAY, TUESDAY);
        var ofA = records.stream().filter(r -> r.personId() == a).findFirst().orElseThrow();
        assertEquals(BookingRecord.Status.CANCELLED, ofA.status());
        assertEquals(EARLY, ofA.bookedAt());
        assertEquals(later, ofA.cancelledAt());
        assertEquals(Boolean.FALSE, ofA.cancelledLate());
        var ofB = records.stream().filter(r -> r.personId() == b).findFirst().orElseThrow();
        assertEquals(BookingRecord.Status.BOOKED, ofB.status());
        assertEquals(EARLY, ofB.requestedAt());
        assertEquals(later, ofB.bookedAt(), "booked when promoted");
        assertFalse(ofB.bookedLate());
        assertEquals(3, records.size());
    }

    @Test
    void a_promotion_after_the_deadline_is_marked_late_and_a_left_waiting_list_is_not_a_late_cancellation() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 1, true));
        long a = aPerson(), b = aPerson(), c = aPerson();
        change(activity, TUESDAY, EARLY, slot -> {
            for (long p : List.of(a, b, c)) slot.book(p, EARLY, enrolled(p, activity));
        });
        change(activity, TUESDAY, FRIDAY_AFTERNOON, slot -> {
            assertInstanceOf(CancellationDecision.LeftWaitingList.class, slot.cancel(c, FRIDAY_AFTERNOON));
            assertEquals(List.of(b), slot.changeCapacity(2));
        });
        var records = repository().records(List.of(activity.id()), TUESDAY, TUESDAY);
        var ofB = records.stream().filter(r -> r.personId() == b).findFirst().orElseThrow();
        assertTrue(ofB.bookedLate());
        var ofC = records.stream().filter(r -> r.personId() == c).findFirst().orElseThrow();
        assertEquals(BookingRecord.Status.CANCELLED, ofC.status());
        assertEquals(null, ofC.bookedAt());
        assertEquals(Boolean.FALSE, ofC.cancelledLate());
        assertEquals(2, load(activity, TUESDAY).capacity());
    }

    @Test
    void a_person_cancelled_may_book_the_same_day_again() {
        var activity = stored(BookingFixtures.morning());
        long a = aPerson();
        change(activity, TUESDAY, EARLY, slot -> slot.book(a, EARLY, enrolled(a, activity)));
        change(activity, TUESDAY, EARLY, slot -> slot.cancel(a, EARLY));
        change(activity, TUESDAY, EARLY, slot -> assertInstanceOf(BookingDecision.Booked.class, slot.book(a, EARLY, enrolled(a, activity))));
        assertEquals(List.of(a), load(activity, TUESDAY).booked());
        assertEquals(2, repository().records(List.of(activity.id()), TUESDAY, TUESDAY).size());
    }

    @Test
    void closing_lowering_and_reopening_are_kept_and_bookings_are_never_dropped() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 2, true));
        long a = aPerson(), b = aPerson();
        change(activity, THURSDAY, EARLY, slot -> {
            slot.book(a, EARLY, enrolled(a, activity));
            slot.book(b, EARLY, enrolled(b, activity));
        });
        change(activity, THURSDAY, EARLY, slot -> {
            slot.changeCapacity(1);
            slot.close();
        });
        var slot = load(activity, THURSDAY);
        assertTrue(slot.isClosed());
        assertEquals(1, slot.capacity());
        assertEquals(List.of(a, b), slot.booked());
        assertEquals(List.of(new SlotSummary(activity.id(), THURSDAY, 1, true, 2, 0)), repository().summaries(List.of(activity.id()), THURSDAY, THURSDAY));
        change(activity, THURSDAY, EARLY, Slot::reopen);
        assertFalse(load(activity, THURSDAY).isClosed());
    }

    @Test
    void the_store_refuses_more_bookings_than_places_whatever_the_caller_says() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 1, true));
        long a = aPerson(), b = aPerson();
        // a slot forged with more bookings than places, as a buggy or concurrent caller would save it
        var forged = Slot.restore(activity, TUESDAY, calendar, 1, false, List.of(a, b), List.of());
        assertThrows(RuntimeException.class, () -> transactions().run(() -> {
            load(activity, TUESDAY);
            repository().save(List.of(forged), EARLY);
        }));
        assertEquals(List.of(), load(activity, TUESDAY).booked(), "nothing was written");
    }

    @Test
    void several_slots_are_saved_at_once() {
        var activity = stored(BookingFixtures.morning());
        long a = aPerson();
        transactions().run(() -> {
            var slots = repository().lock(activity, calendar, List.of(TUESDAY, THURSDAY));
            slots.forEach(s -> s.book(a, EARLY, enrolled(a, activity)));
            repository().save(slots, EARLY);
        });
        assertEquals(2, repository().bookingsOf(List.of(a), TUESDAY, THURSDAY).size());
    }

    Slot view(Activity activity, LocalDate day, List<Long> persons, int cancellations) {
        return repository().lockFor(activity, calendar, List.of(day), persons, java.util.Map.of(day, cancellations)).getFirst();
    }

    /** A parent's request through {@link SlotRepository#lockFor}, saved in the same transaction. */
    void request(Activity activity, LocalDate day, List<Long> persons, int cancellations, Instant now, Consumer<Slot> decision) {
        transactions().run(() -> {
            var slot = view(activity, day, persons, cancellations);
            decision.accept(slot);
            repository().save(List.of(slot), now);
        });
    }

    @Test
    void the_view_of_a_request_holds_the_counts_its_persons_and_the_first_waiting_it_may_promote() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 2, true));
        long a = aPerson(), b = aPerson(), c = aPerson(), d = aPerson(), e = aPerson(), newcomer = aPerson();
        change(activity, TUESDAY, EARLY, slot -> {
            for (long p : List.of(a, b, c, d, e)) slot.book(p, EARLY, enrolled(p, activity));
        });
        var slot = view(activity, TUESDAY, List.of(b, e, newcomer), 1);
        assertTrue(slot.isView());
        assertEquals(2, slot.bookedCount());
        assertEquals(3, slot.waitingCount());
        assertEquals(List.of(b), slot.heldBooked());
        assertEquals(List.of(c, e), slot.heldWaiting(), "the first waiting one (for one cancellation) and the request's own");
        assertEquals(java.util.OptionalInt.of(3), slot.waitingPosition(e));
        assertFalse(slot.isBooked(newcomer));
        assertThrows(IllegalArgumentException.class, () -> slot.isBooked(d), "outside the request");
        var none = repository().lockFor(activity, calendar, List.of(THURSDAY), List.of(a), java.util.Map.of()).getFirst();
        assertEquals(0, none.bookedCount());
        assertEquals(0, none.waitingCount());
    }

    @Test
    void a_request_saved_through_its_view_keeps_every_other_entry_and_the_order() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 2, true));
        long a = aPerson(), b = aPerson(), c = aPerson(), d = aPerson(), e = aPerson(), f = aPerson();
        change(activity, TUESDAY, EARLY, slot -> {
            for (long p : List.of(a, b, c, d)) slot.book(p, EARLY, enrolled(p, activity));
        });
        Instant later = EARLY.plusSeconds(60);
        // a cancels (c promoted), d leaves the list, e and f arrive: they wait behind everyone
        request(activity, TUESDAY, List.of(a, d, e, f), 2, later, slot -> {
            assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(c)), slot.cancel(a, later));
            assertInstanceOf(CancellationDecision.LeftWaitingList.class, slot.cancel(d, later));
            assertEquals(new BookingDecision.Waitlisted(1), slot.book(e, later, enrolled(e, activity)));
            assertEquals(new BookingDecision.Waitlisted(2), slot.book(f, later, enrolled(f, activity)));
        });
        var whole = load(activity, TUESDAY);
        assertEquals(List.of(b, c), whole.booked());
        assertEquals(List.of(e, f), whole.waiting());
        assertEquals(List.of(new SlotSummary(activity.id(), TUESDAY, 2, false, 2, 2)), repository().summaries(List.of(activity.id()), TUESDAY, TUESDAY));
        var records = repository().records(List.of(activity.id()), TUESDAY, TUESDAY);
        var ofC = records.stream().filter(r -> r.personId() == c).findFirst().orElseThrow();
        assertEquals(later, ofC.bookedAt(), "promoted when a cancelled");
        assertEquals(6, records.size());
        // a later view counts what the first one wrote
        var next = view(activity, TUESDAY, List.of(f), 0);
        assertEquals(2, next.bookedCount());
        assertEquals(2, next.waitingCount());
        assertEquals(java.util.OptionalInt.of(2), next.waitingPosition(f));
    }

    @Test
    void a_view_saved_outside_its_transaction_still_keeps_the_entries_it_does_not_hold() {
        var activity = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 1, true));
        long a = aPerson(), b = aPerson(), c = aPerson();
        change(activity, TUESDAY, EARLY, slot -> slot.book(a, EARLY, enrolled(a, activity)));
        var slot = view(activity, TUESDAY, List.of(b), 0); // locked and released at once: save reads what is stored
        slot.book(b, EARLY, enrolled(b, activity));
        transactions().run(() -> repository().save(List.of(slot), EARLY));
        request(activity, TUESDAY, List.of(c), 0, EARLY, s -> assertEquals(new BookingDecision.Waitlisted(2), s.book(c, EARLY, enrolled(c, activity))));
        var whole = load(activity, TUESDAY);
        assertEquals(List.of(a), whole.booked());
        assertEquals(List.of(b, c), whole.waiting());
    }
}
