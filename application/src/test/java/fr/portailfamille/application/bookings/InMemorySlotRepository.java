package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.InMemoryCopy;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.Slot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Slots in memory: each keeps every request, cancelled ones included, as the database does. */
public final class InMemorySlotRepository implements SlotRepository {

    private record Key(long activityId, LocalDate day) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparingLong(Key::activityId).thenComparing(Key::day).compare(this, o);
        }
    }

    private static final class Row implements InMemoryCopy<Row> {
        final long id;
        final long personId;
        BookingRecord.Status status;
        final Instant requestedAt;
        Instant bookedAt;
        boolean bookedLate;
        Instant cancelledAt;
        Boolean cancelledLate;

        Row(long id, long personId, BookingRecord.Status status, Instant requestedAt) {
            this.id = id;
            this.personId = personId;
            this.status = status;
            this.requestedAt = requestedAt;
        }

        @Override
        public Row copy() {
            var copy = new Row(id, personId, status, requestedAt);
            copy.bookedAt = bookedAt;
            copy.bookedLate = bookedLate;
            copy.cancelledAt = cancelledAt;
            copy.cancelledLate = cancelledLate;
            return copy;
        }
    }

    private static final class Stored implements InMemoryCopy<Stored> {
        int capacity;
        boolean closed;
        final List<Row> rows = new ArrayList<>();

        @Override
        public Stored copy() {
            var copy = new Stored();
            copy.capacity = capacity;
            copy.closed = closed;
            rows.forEach(row -> copy.rows.add(row.copy()));
            return copy;
        }

        List<Long> booked() {
            return rows.stream().filter(r -> r.status == BookingRecord.Status.BOOKED)
                    .sorted(Comparator.comparing((Row r) -> r.bookedAt).thenComparingLong(r -> r.id)).map(r -> r.personId).toList();
        }

        List<Long> waiting() {
            return rows.stream().filter(r -> r.status == BookingRecord.Status.WAITING).map(r -> r.personId).toList();
        }

        Row active(long person) {
            return rows.stream().filter(r -> r.personId == person && r.status != BookingRecord.Status.CANCELLED).findFirst().orElseThrow();
        }
    }

    private final Map<Key, Stored> slots = new TreeMap<>();
    private long nextRowId = 1;

    @Override
    public synchronized void ensure(Activity activity, Collection<LocalDate> days) {
        for (LocalDate day : days) {
            slots.computeIfAbsent(new Key(activity.id(), day), k -> {
                var stored = new Stored();
                stored.capacity = activity.defaultCapacity();
                return stored;
            });
        }
    }

    @Override
    public synchronized List<Slot> lock(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days) {
        return days.stream().distinct().sorted()
                .filter(day -> slots.containsKey(new Key(activity.id(), day)))
                .map(day -> {
                    var s = slots.get(new Key(activity.id(), day));
                    return Slot.restore(activity, day, calendar, s.capacity, s.closed, s.booked(), s.waiting());
                }).toList();
    }

    @Override
    public synchronized List<Slot> lockFor(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days, Collection<Long> persons,
                                           Map<LocalDate, Integer> cancellations) {
        return days.stream().distinct().sorted()
                .filter(day -> slots.containsKey(new Key(activity.id(), day)))
                .map(day -> {
                    var s = slots.get(new Key(activity.id(), day));
                    var booked = s.booked();
                    var waiting = s.waiting();
                    Map<Long, Integer> positions = new java.util.HashMap<>();
                    for (int i = 0; i < waiting.size(); i++) {
                        if (i < cancellations.getOrDefault(day, 0) || persons.contains(waiting.get(i))) positions.put(waiting.get(i), i + 1);
                    }
                    return Slot.restoreFor(activity, day, calendar, s.capacity, s.closed, persons, booked.size(),
                            booked.stream().filter(persons::contains).toList(), waiting.size(), positions);
                }).toList();
    }

    @Override
    public synchronized void save(Collection<Slot> changed, Instant now) {
        for (Slot slot : changed) {
            var stored = slots.get(new Key(slot.activity().id(), slot.date()));
            if (stored == null) throw new IllegalArgumentException("no stored slot for " + slot);
            var transitions = BookingTransitions.between(stored.booked(), stored.waiting(), slot);
            int taken = BookingTransitions.placesTaken(transitions);
            if (taken > 0 && stored.booked().size() + taken > slot.capacity()) throw new IllegalStateException("more bookings than places on " + slot);
            boolean late = !slot.isBookingOpen(now);
            for (var t : transitions) {
                switch (t.kind()) {
                    case BOOKED -> {
                        var row = new Row(nextRowId++, t.personId(), BookingRecord.Status.BOOKED, now);
                        row.bookedAt = now;
                        row.bookedLate = late;
                        stored.rows.add(row);
                    }
                    case WAITLISTED -> stored.rows.add(new Row(nextRowId++, t.personId(), BookingRecord.Status.WAITING, now));
                    case PROMOTED -> {
                        var row = stored.active(t.personId());
                        row.status = BookingRecord.Status.BOOKED;
                        row.bookedAt = now;
                        row.bookedLate = late;
                    }
                    case CANCELLED, LEFT_WAITING_LIST -> {
                        var row = stored.active(t.personId());
                        row.status = BookingRecord.Status.CANCELLED;
                        row.cancelledAt = now;
                        row.cancelledLate = t.kind() == BookingTransitions.Kind.CANCELLED && !slot.isCancellationOpen(now);
                    }
                }
            }
            stored.capacity = slot.capacity();
            stored.closed = slot.isClosed();
        }
    }

    @Override
    public synchronized List<SlotSummary> summaries(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        return slots.entrySet().stream()
                .filter(e -> activityIds.contains(e.getKey().activityId()) && !e.getKey().day().isBefore(from) && !e.getKey().day().isAfter(to))
                .map(e -> new SlotSummary(e.getKey().activityId(), e.getKey().day(), e.getValue().capacity, e.getValue().closed,
                        e.getValue().booked().size(), e.getValue().waiting().size()))
                .toList();
    }

    @Override
    public synchronized List<PersonBooking> bookingsOf(Collection<Long> personIds, LocalDate from, LocalDate to) {
        List<PersonBooking> found = new ArrayList<>();
        slots.forEach((key, stored) -> {
            if (key.day().isBefore(from) || key.day().isAfter(to)) return;
            var waiting = stored.waiting();
            for (long person : stored.booked()) {
                if (personIds.contains(person)) found.add(new PersonBooking(person, key.activityId(), key.day(), true, 0));
            }
            for (int i = 0; i < waiting.size(); i++) {
                if (personIds.contains(waiting.get(i))) found.add(new PersonBooking(waiting.get(i), key.activityId(), key.day(), false, i + 1));
            }
        });
        return found;
    }

    @Override
    public synchronized List<BookingRecord> records(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        List<BookingRecord> found = new ArrayList<>();
        slots.forEach((key, stored) -> {
            if (!activityIds.contains(key.activityId()) || key.day().isBefore(from) || key.day().isAfter(to)) return;
            for (Row r : stored.rows) {
                found.add(new BookingRecord(r.personId, key.activityId(), key.day(), r.status, r.requestedAt, r.bookedAt, r.bookedLate,
                        r.cancelledAt, r.cancelledLate));
            }
        });
        found.sort(Comparator.comparing(BookingRecord::day).thenComparingLong(BookingRecord::personId).thenComparing(BookingRecord::requestedAt));
        return found;
    }
}
