package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Transactions;
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
}
