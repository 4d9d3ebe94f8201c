package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view of a request ({@link Slot#restoreFor}): the same decisions as the whole slot, without reading it whole. */
class SlotViewTest {

    private static final SchoolCalendar CALENDAR = Calendars.year2026();
    private static final LocalDate THURSDAY = LocalDate.parse("2026-09-17");
    private static final Instant EARLY = Instant.parse("2026-09-01T08:00:00Z");
    private static final Activity TWENTY = Activities.withPlaces(Activities.MATIN, 20, true);

    private static BookingDecision book(Slot slot, long child) {
        return slot.book(child, EARLY, Activities.accepted(child, slot.activity()));
    }

    /** 20 booked (1–20), 5 000 waiting (21–5 020): the registration opening's slot. */
    private static Slot rushView(List<Long> persons, Map<Long, Integer> waitingPositions) {
        return Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 20, false, persons, 20, persons.stream().filter(p -> p <= 20).toList(),
                5_000, waitingPositions);
    }

    @Test
    void a_newcomer_on_a_full_slot_waits_behind_everyone_the_view_does_not_hold() {
        var slot = rushView(List.of(9_001L, 9_002L), Map.of());
        assertEquals(new BookingDecision.Waitlisted(5_001), book(slot, 9_001));
        assertEquals(new BookingDecision.Waitlisted(5_002), book(slot, 9_002));
        assertEquals(OptionalInt.of(5_002), slot.waitingPosition(9_002));
        assertEquals(List.of(9_001L, 9_002L), slot.heldWaiting());
        assertEquals(5_002, slot.waitingCount());
        assertEquals(20, slot.bookedCount());
        assertTrue(slot.isFull());
    }

    @Test
    void never_over_capacity_the_last_places_go_first_come() {
        var slot = Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 20, false, List.of(31L, 32L, 33L), 18, List.of(), 0, Map.of());
        assertEquals(new BookingDecision.Booked(), book(slot, 31));
        assertEquals(new BookingDecision.Booked(), book(slot, 32));
        assertEquals(new BookingDecision.Waitlisted(1), book(slot, 33));
        assertEquals(20, slot.bookedCount());
        assertEquals(0, slot.placesLeft());
        assertEquals(List.of(31L, 32L), slot.heldBooked());
    }

    @Test
    void duplicates_are_refused_from_the_entries_of_the_request() {
        var slot = rushView(List.of(7L, 4_000L), Map.of(4_000L, 3_980));
        assertEquals(new BookingDecision.Refused(RefusalReason.ALREADY_BOOKED), book(slot, 7));
        assertEquals(new BookingDecision.Refused(RefusalReason.ALREADY_WAITLISTED), book(slot, 4_000));
        assertEquals(OptionalInt.of(3_980), slot.waitingPosition(4_000));
        assertTrue(slot.isBooked(7));
    }

    @Test
    void a_cancellation_promotes_the_first_waiting_person_held_for_it() {
        var slot = rushView(List.of(7L), Map.of(21L, 1));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.of(21)), slot.cancel(7, EARLY));
        assertEquals(List.of(21L), slot.heldBooked());
        assertEquals(20, slot.bookedCount());
        assertEquals(4_999, slot.waitingCount());
    }

    @Test
    void leaving_the_waiting_list_moves_up_those_behind() {
        var slot = rushView(List.of(100L, 200L), Map.of(100L, 80, 200L, 180));
        assertEquals(new CancellationDecision.LeftWaitingList(), slot.cancel(100, EARLY));
        assertEquals(OptionalInt.of(179), slot.waitingPosition(200));
        assertEquals(new BookingDecision.Waitlisted(5_000), book(slot, 100));
    }

    @Test
    void a_view_refuses_what_it_cannot_know() {
        var slot = rushView(List.of(7L), Map.of());
        assertThrows(IllegalArgumentException.class, () -> book(slot, 8));
        assertThrows(IllegalArgumentException.class, () -> slot.cancel(8, EARLY));
        assertThrows(IllegalArgumentException.class, () -> slot.cellFor(8, EARLY));
        assertThrows(IllegalStateException.class, slot::booked);
        assertThrows(IllegalStateException.class, slot::waiting);
        // the first waiting person was not loaded: promoting someone else would break first come, first served
        assertThrows(IllegalStateException.class, () -> slot.cancel(7, EARLY));
        assertTrue(slot.isView());
        assertFalse(Slot.restore(TWENTY, THURSDAY, CALENDAR, 20, false, List.of(), List.of()).isView());
    }

    @Test
    void closed_deadline_and_lowered_capacity_hold_on_a_view() {
        var closed = Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 20, true, List.of(7L), 20, List.of(7L), 1, Map.of(21L, 1));
        assertEquals(new BookingDecision.Refused(RefusalReason.CLOSED), book(closed, 7));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.empty()), closed.cancel(7, EARLY));
        var lowered = Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 10, false, List.of(7L), 20, List.of(7L), 1, Map.of(21L, 1));
        assertEquals(new CancellationDecision.Cancelled(OptionalLong.empty()), lowered.cancel(7, EARLY));
        assertEquals(19, lowered.bookedCount());
        var late = rushView(List.of(9_001L), Map.of());
        assertEquals(new BookingDecision.Refused(RefusalReason.BOOKING_DEADLINE_PASSED),
                late.book(9_001, Instant.parse("2026-09-16T08:00:00Z"), Activities.accepted(9_001, TWENTY)));
    }

    @Test
    void rejects_counts_that_contradict_the_entries() {
        assertThrows(IllegalArgumentException.class,
                () -> Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 20, false, List.of(1L, 2L), 1, List.of(1L, 2L), 0, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, 20, false, List.of(1L), 0, List.of(), 3, Map.of(1L, 4)));
    }

    /** Random requests on random slots: the view of each request decides exactly as the whole slot. */
    @Test
    void a_view_decides_as_the_whole_slot() {
        var random = new Random(17);
        for (int round = 0; round < 500; round++) {
            int capacity = random.nextInt(6);
            int bookedCount = random.nextInt(8);
            // as stored: nobody waits while a place is free (promotions are made at once)
            int waitingCount = bookedCount < capacity ? 0 : random.nextInt(8);
            List<Long> booked = LongStream.rangeClosed(1, bookedCount).boxed().toList();
            List<Long> waiting = LongStream.rangeClosed(101, 100 + waitingCount).boxed().toList();
            // the request: a few persons among booked, waiting and newcomers, some cancelling
            List<Long> persons = new ArrayList<>();
            for (long p : List.of(1L, 2L, 3L, 101L, 103L, 105L, 201L, 202L)) if (random.nextBoolean()) persons.add(p);
            List<long[]> actions = new ArrayList<>(); // {person, cancel ? 1 : 0}
            for (long p : persons) actions.add(new long[]{p, random.nextInt(3) == 0 ? 0 : 1});
            for (long p : persons) if (random.nextInt(4) == 0) actions.add(new long[]{p, 0});
            int cancellations = (int) actions.stream().filter(a -> a[1] == 1).count();
            var whole = Slot.restore(TWENTY, THURSDAY, CALENDAR, capacity, false, booked, waiting);
            Map<Long, Integer> positions = new HashMap<>();
            for (int i = 0; i < waiting.size(); i++) if (i < cancellations || persons.contains(waiting.get(i))) positions.put(waiting.get(i), i + 1);
            var view = Slot.restoreFor(TWENTY, THURSDAY, CALENDAR, capacity, false, persons, booked.size(),
                    booked.stream().filter(persons::contains).toList(), waiting.size(), positions);
            for (long[] a : actions) {
                if (a[1] == 1) assertEquals(whole.cancel(a[0], EARLY), view.cancel(a[0], EARLY), "round " + round);
                else assertEquals(book(whole, a[0]), book(view, a[0]), "round " + round);
            }
            assertEquals(whole.bookedCount(), view.bookedCount());
            assertEquals(whole.waitingCount(), view.waitingCount());
            for (long p : persons) {
                assertEquals(whole.waitingPosition(p), view.waitingPosition(p), "round " + round);
                assertEquals(whole.isBooked(p), view.isBooked(p), "round " + round);
            }
            assertEquals(whole.booked().stream().filter(view::holds).toList(), view.heldBooked().stream().filter(whole.booked()::contains).toList());
        }
    }
}
