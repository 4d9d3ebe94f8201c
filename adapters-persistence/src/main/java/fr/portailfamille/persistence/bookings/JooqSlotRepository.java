package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.BookingRecord;
import fr.portailfamille.application.bookings.BookingTransitions;
import fr.portailfamille.application.bookings.PersonBooking;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.bookings.SlotSummary;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.jooq.Query;
import org.jooq.Row2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.instant;
import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.utc;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

// Long because: the locking protocol of the registration opening (lock order, lock/lockFor, conditional counts) must be read as one piece.
/**
 * Slots on PostgreSQL. {@link #lock} and {@link #lockFor} take the slots' row locks ({@code SELECT … FOR UPDATE}, in
 * date order so two transactions never wait on each other crosswise); {@link #lock} then reads every booking of the
 * slots (agents' screens), {@link #lockFor} only what a parent's request needs, from the counts kept on the slot row
 * ({@code booked}, {@code waiting}) and two indexed reads; {@link #save} writes a whole batch of decisions in four
 * statements at most, and moves each slot's «booked» count by a conditional {@code UPDATE} that refuses to go
 * beyond the places: capacity holds even against a caller that did not lock.
 */
public final class JooqSlotRepository implements SlotRepository {

    private final Db db;

    /**
     * What {@link #lock} read for each slot it returned, kept for {@link #save} in the same transaction: the slot rows
     * stay locked in between, so reading their bookings again would only repeat the same rows under the hottest lock
     * of the registration opening. Keyed by the slot object itself (identity), dropped once saved or forgotten.
     */
    private final Map<Slot, Loaded> loaded = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private record Loaded(long slotId, Lists lists, org.jooq.DSLContext transaction) {
    }

    public JooqSlotRepository(Db db) {
        this.db = db;
    }

    @Override
    public void ensure(Activity activity, Collection<LocalDate> days) {
        if (days.isEmpty()) return;
        var insert = db.dsl().insertInto(SLOT, SLOT.ACTIVITY_ID, SLOT.DAY, SLOT.CAPACITY);
        for (LocalDate day : days.stream().distinct().toList()) insert = insert.values(activity.id(), day, activity.defaultCapacity());
        insert.onConflictDoNothing().execute();
    }

    @Override
    public List<Slot> lock(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days) {
        if (days.isEmpty()) return List.of();
        var dsl = db.dsl();
        var slots = dsl.select(SLOT.ID, SLOT.DAY, SLOT.CAPACITY, SLOT.CLOSED).from(SLOT)
                .where(SLOT.ACTIVITY_ID.eq(activity.id()), SLOT.DAY.in(days))
                .orderBy(SLOT.DAY).forUpdate().fetch();
        var people = active(slots.map(r -> r.get(SLOT.ID)));
        return slots.map(r -> {
            var of = people.getOrDefault(r.get(SLOT.ID), new Lists());
            var slot = Slot.restore(activity, r.get(SLOT.DAY), calendar, r.get(SLOT.CAPACITY), r.get(SLOT.CLOSED), of.booked, of.waiting);
            if (db.inTransaction()) loaded.put(slot, new Loaded(r.get(SLOT.ID), of.copy(), dsl));
            return slot;
        });
    }

    /**
     * Three reads at most under the lock, none growing with the slot: the slot rows with their counts; the entries of
     * these persons ({@code booking_once}: slot, child), with the position of those waiting ({@code booking_waiting}:
     * slot, id — only counted for a person who waits); and, for days with cancellations, the first waiting persons.
     */
    @Override
    public List<Slot> lockFor(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days, Collection<Long> persons,
                              Map<LocalDate, Integer> cancellations) {
        if (days.isEmpty()) return List.of();
        var dsl = db.dsl();
        var slots = dsl.select(SLOT.ID, SLOT.DAY, SLOT.CAPACITY, SLOT.CLOSED, SLOT.BOOKED, SLOT.WAITING).from(SLOT)
                .where(SLOT.ACTIVITY_ID.eq(activity.id()), SLOT.DAY.in(days))
                .orderBy(SLOT.DAY).forUpdate().fetch();
        var ids = slots.map(r -> r.get(SLOT.ID));
        Map<Long, List<Long>> booked = new HashMap<>();
        Map<Long, Map<Long, Integer>> waiting = new HashMap<>();
        if (!ids.isEmpty() && !persons.isEmpty()) {
            var w = BOOKING.as("w");
            var position = when(BOOKING.STATUS.eq(BookingStatus.WAITING),
                    select(org.jooq.impl.DSL.count()).from(w).where(w.SLOT_ID.eq(BOOKING.SLOT_ID), w.STATUS.eq(BookingStatus.WAITING), w.ID.le(BOOKING.ID)).asField())
                    .otherwise(inline(0)).as("position");
            dsl.select(BOOKING.SLOT_ID, BOOKING.CHILD_ID, BOOKING.STATUS, position).from(BOOKING)
                    .where(BOOKING.SLOT_ID.in(ids), BOOKING.CHILD_ID.in(persons), BOOKING.STATUS.ne(BookingStatus.CANCELLED))
                    .forEach(r -> {
                        if (r.get(BOOKING.STATUS) == BookingStatus.BOOKED) {
                            booked.computeIfAbsent(r.get(BOOKING.SLOT_ID), id -> new ArrayList<>()).add(r.get(BOOKING.CHILD_ID));
                        } else {
                            waiting.computeIfAbsent(r.get(BOOKING.SLOT_ID), id -> new HashMap<>()).put(r.get(BOOKING.CHILD_ID), ((Number) r.get("position")).intValue());
                        }
                    });
        }
        slots.forEach(r -> {
            int first = cancellations.getOrDefault(r.get(SLOT.DAY), 0);
            if (first <= 0) return;
            int[] position = {0};
            dsl.select(BOOKING.CHILD_ID).from(BOOKING)
                    .where(BOOKING.SLOT_ID.eq(r.get(SLOT.ID)), BOOKING.STATUS.eq(BookingStatus.WAITING))
                    .orderBy(BOOKING.ID).limit(first)
                    .forEach(b -> waiting.computeIfAbsent(r.get(SLOT.ID), id -> new HashMap<>()).put(b.get(BOOKING.CHILD_ID), ++position[0]));
        });
        return slots.map(r -> {
            long id = r.get(SLOT.ID);
            var bookedOfThem = booked.getOrDefault(id, List.of());
            var positions = waiting.getOrDefault(id, Map.of());
            var slot = Slot.restoreFor(activity, r.get(SLOT.DAY), calendar, r.get(SLOT.CAPACITY), r.get(SLOT.CLOSED), persons,
                    r.get(SLOT.BOOKED), bookedOfThem, r.get(SLOT.WAITING), positions);
            if (db.inTransaction()) {
                var held = new Lists();
                held.booked.addAll(slot.heldBooked());
                held.waiting.addAll(slot.heldWaiting());
                loaded.put(slot, new Loaded(id, held, dsl));
            }
            return slot;
        });
    }

    /** Booked persons in booking order and waiting persons in arrival order, by slot id. */
    private Map<Long, Lists> active(Collection<Long> slotIds) {
        var bySlot = new HashMap<Long, Lists>();
        if (slotIds.isEmpty()) return bySlot;
        db.dsl().select(BOOKING.SLOT_ID, BOOKING.CHILD_ID, BOOKING.STATUS).from(BOOKING)
                .where(BOOKING.SLOT_ID.in(slotIds), BOOKING.STATUS.ne(BookingStatus.CANCELLED))
                .orderBy(BOOKING.SLOT_ID, BOOKING.BOOKED_AT.asc().nullsLast(), BOOKING.ID)
                .forEach(r -> {
                    var lists = bySlot.computeIfAbsent(r.get(BOOKING.SLOT_ID), id -> new Lists());
                    (r.get(BOOKING.STATUS) == BookingStatus.BOOKED ? lists.booked : lists.waiting).add(r.get(BOOKING.CHILD_ID));
                });
        return bySlot;
    }

    private static final class Lists {
        final List<Long> booked = new ArrayList<>();
        final List<Long> waiting = new ArrayList<>();

        Lists copy() {
            var copy = new Lists();
            copy.booked.addAll(booked);
            copy.waiting.addAll(waiting);
            return copy;
        }
    }

    @Override
    public void save(Collection<Slot> slots, Instant now) {
        if (slots.isEmpty()) return;
        db.run(() -> write(slots, now));
    }

    private void write(Collection<Slot> slots, Instant now) {
        var dsl = db.dsl();
        Map<String, Long> ids = new HashMap<>();
        Map<Long, Lists> before = new HashMap<>();
        List<Slot> unknown = new ArrayList<>();
        for (Slot slot : slots) {
            var known = loaded.remove(slot);
            if (known != null && known.transaction() == dsl && db.inTransaction()) {
                ids.put(key(slot.activity().id(), slot.date()), known.slotId());
                before.put(known.slotId(), known.lists());
            } else {
                unknown.add(slot);
            }
        }
        if (!unknown.isEmpty()) {
            // not locked in this transaction: read what the database holds now
            List<Row2<Long, LocalDate>> keys = unknown.stream().map(s -> row(s.activity().id(), s.date())).toList();
            Map<String, Long> unknownIds = new HashMap<>();
            dsl.select(SLOT.ID, SLOT.ACTIVITY_ID, SLOT.DAY).from(SLOT).where(row(SLOT.ACTIVITY_ID, SLOT.DAY).in(keys))
                    .forEach(r -> unknownIds.put(key(r.get(SLOT.ACTIVITY_ID), r.get(SLOT.DAY)), r.get(SLOT.ID)));
            ids.putAll(unknownIds);
            before.putAll(active(unknownIds.values()));
        }
        var now_ = utc(now);
        var counters = new SlotWrite();
        List<Query> statusUpdates = new ArrayList<>();
        for (Slot slot : slots) {
            Long slotId = ids.get(key(slot.activity().id(), slot.date()));
            if (slotId == null) throw new IllegalArgumentException("no stored slot for " + slot);
            var stored = before.getOrDefault(slotId, new Lists());
            var transitions = BookingTransitions.between(stored.booked, stored.waiting, slot);
            int taken = BookingTransitions.placesTaken(transitions);
            int waits = BookingTransitions.waitingAdded(transitions);
            counters.add(slotId, slot.capacity(), slot.isClosed(), taken, waits);
            boolean late = !slot.isBookingOpen(now);
            for (var t : transitions) {
                switch (t.kind()) {
                    case BOOKED -> counters.booking(slotId, t.personId(), slot.activity().id(), slot.date(), true, late);
                    case WAITLISTED -> counters.booking(slotId, t.personId(), slot.activity().id(), slot.date(), false, false);
                    case PROMOTED -> statusUpdates.add(dsl.update(BOOKING)
                            .set(BOOKING.STATUS, BookingStatus.BOOKED).set(BOOKING.BOOKED_AT, now_).set(BOOKING.BOOKED_LATE, late)
                            .where(BOOKING.SLOT_ID.eq(slotId), BOOKING.CHILD_ID.eq(t.personId()), BOOKING.STATUS.eq(BookingStatus.WAITING)));
                    case CANCELLED, LEFT_WAITING_LIST -> statusUpdates.add(dsl.update(BOOKING)
                            .set(BOOKING.STATUS, BookingStatus.CANCELLED).set(BOOKING.CANCELLED_AT, now_)
                            .set(BOOKING.CANCELLED_LATE, t.kind() == BookingTransitions.Kind.CANCELLED && !slot.isCancellationOpen(now))
                            .where(BOOKING.SLOT_ID.eq(slotId), BOOKING.CHILD_ID.eq(t.personId()), BOOKING.STATUS.ne(BookingStatus.CANCELLED)));
                }
            }
        }
        // cancellations first: a person who cancelled and books again leaves the unique index free
        if (!statusUpdates.isEmpty()) dsl.batch(statusUpdates).execute();
        int updated = counters.write(dsl, now_);
        if (updated != slots.size()) throw new IllegalStateException("more bookings than places refused by the database on one of " + slots);
    }

    /**
     * Every slot's new capacity, state and counts, and the new entries, written by one prepared statement whatever the
     * number of days (arrays unnested): on registration-opening day the slot rows are the hottest locks, and each round
     * trip made while holding them delays every other parent. The database has the last word on places: a slot whose
     * «booked» would go beyond its (new) capacity is not updated, and the caller sees fewer slots counted than sent.
     */
    private static final class SlotWrite {
        private static final String SQL = """
                WITH counted AS (
                    UPDATE slot SET capacity = v.capacity, closed = v.closed, booked = slot.booked + v.taken, waiting = slot.waiting + v.waits
                    FROM unnest({0}, {1}, {2}, {3}, {4}) AS v(id, capacity, closed, taken, waits)
                    WHERE slot.id = v.id AND (v.taken <= 0 OR slot.booked + v.taken <= v.capacity)
                    RETURNING slot.id),
                added AS (
                    INSERT INTO booking (slot_id, child_id, activity_id, day, status, requested_at, booked_at, booked_late)
                    SELECT e.slot_id, e.child_id, e.activity_id, e.day::date, CASE WHEN e.booked THEN 'BOOKED' ELSE 'WAITING' END::booking_status,
                           {5}, CASE WHEN e.booked THEN {5} END, e.late
                    FROM unnest({6}, {7}, {8}, {9}, {10}, {11}) AS e(slot_id, child_id, activity_id, day, booked, late))
                SELECT count(*) FROM counted""";
        private final List<Long> ids = new ArrayList<>();
        private final List<Integer> capacities = new ArrayList<>();
        private final List<Boolean> closed = new ArrayList<>();
        private final List<Integer> taken = new ArrayList<>();
        private final List<Integer> waits = new ArrayList<>();
        private final List<Long> slotIds = new ArrayList<>();
        private final List<Long> childIds = new ArrayList<>();
        private final List<Long> activityIds = new ArrayList<>();
        private final List<String> days = new ArrayList<>();
        private final List<Boolean> booked = new ArrayList<>();
        private final List<Boolean> late = new ArrayList<>();

        void add(long id, int capacity, boolean isClosed, int placesTaken, int waitingAdded) {
            ids.add(id);
            capacities.add(capacity);
            closed.add(isClosed);
            taken.add(placesTaken);
            waits.add(waitingAdded);
        }

        /** A new entry: booked (late or not) or waiting. */
        void booking(long slotId, long childId, long activityId, LocalDate day, boolean isBooked, boolean isLate) {
            slotIds.add(slotId);
            childIds.add(childId);
            activityIds.add(activityId);
            days.add(day.toString());
            booked.add(isBooked);
            late.add(isLate);
        }

        /** @return how many slots the database counted (fewer than added: one would have gone beyond its places) */
        int write(org.jooq.DSLContext dsl, java.time.OffsetDateTime now) {
            return dsl.fetchSingle(SQL, val(ids.toArray(Long[]::new)), val(capacities.toArray(Integer[]::new)), val(closed.toArray(Boolean[]::new)),
                    val(taken.toArray(Integer[]::new)), val(waits.toArray(Integer[]::new)), val(now),
                    val(slotIds.toArray(Long[]::new)), val(childIds.toArray(Long[]::new)), val(activityIds.toArray(Long[]::new)),
                    val(days.toArray(String[]::new)), val(booked.toArray(Boolean[]::new)), val(late.toArray(Boolean[]::new)))
                    .get(0, Integer.class);
        }
    }

    private static String key(long activityId, LocalDate day) {
        return activityId + "@" + day;
    }

    @Override
    public List<SlotSummary> summaries(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        if (activityIds.isEmpty()) return List.of();
        return db.dsl().select(SLOT.ACTIVITY_ID, SLOT.DAY, SLOT.CAPACITY, SLOT.CLOSED, SLOT.BOOKED, SLOT.WAITING).from(SLOT)
                .where(SLOT.ACTIVITY_ID.in(activityIds), SLOT.DAY.between(from, to))
                .orderBy(SLOT.ACTIVITY_ID, SLOT.DAY)
                .fetch(r -> new SlotSummary(r.get(SLOT.ACTIVITY_ID), r.get(SLOT.DAY), r.get(SLOT.CAPACITY), r.get(SLOT.CLOSED),
                        r.get(SLOT.BOOKED), r.get(SLOT.WAITING)));
    }

    @Override
    public List<PersonBooking> bookingsOf(Collection<Long> personIds, LocalDate from, LocalDate to) {
        if (personIds.isEmpty()) return List.of();
        var w = BOOKING.as("w");
        var position = when(BOOKING.STATUS.eq(BookingStatus.WAITING),
                select(org.jooq.impl.DSL.count()).from(w).where(w.SLOT_ID.eq(BOOKING.SLOT_ID), w.STATUS.eq(BookingStatus.WAITING), w.ID.le(BOOKING.ID)).asField())
                .otherwise(inline(0)).as("position");
        return db.dsl().select(BOOKING.CHILD_ID, BOOKING.ACTIVITY_ID, BOOKING.DAY, BOOKING.STATUS, position).from(BOOKING)
                .where(BOOKING.CHILD_ID.in(personIds), BOOKING.DAY.between(from, to), BOOKING.STATUS.ne(BookingStatus.CANCELLED))
                .orderBy(BOOKING.DAY, BOOKING.ACTIVITY_ID, BOOKING.CHILD_ID)
                .fetch(r -> new PersonBooking(r.get(BOOKING.CHILD_ID), r.get(BOOKING.ACTIVITY_ID), r.get(BOOKING.DAY),
                        r.get(BOOKING.STATUS) == BookingStatus.BOOKED, ((Number) r.get("position")).intValue()));
    }

    @Override
    public List<BookingRecord> records(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        if (activityIds.isEmpty()) return List.of();
        return db.dsl().selectFrom(BOOKING).where(BOOKING.ACTIVITY_ID.in(activityIds), BOOKING.DAY.between(from, to))
                .orderBy(BOOKING.DAY, BOOKING.CHILD_ID, BOOKING.ID)
                .fetch(r -> new BookingRecord(r.getChildId(), r.getActivityId(), r.getDay(), BookingRecord.Status.valueOf(r.getStatus().name()),
                        instant(r.getRequestedAt()), instant(r.getBookedAt()), r.getBookedLate(), instant(r.getCancelledAt()), r.getCancelledLate()));
    }
}
