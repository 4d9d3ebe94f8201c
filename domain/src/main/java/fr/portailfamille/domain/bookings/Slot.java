package fr.portailfamille.domain.bookings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A «créneau»: one activity on one day, with its places, its bookings and its waiting list (first come, first
 * served). The aggregate guards «never more bookings than places» for in-memory use; the database enforces it
 * again under concurrency. Mutable and not thread-safe: load, decide, save within one transaction.
 * <p>
 * Person ids are children in practice (any household member enrolled in the activity).
 */
public final class Slot {

    private final Activity activity;
    private final LocalDate date;
    private final SchoolCalendar calendar;
    private int capacity;
    private boolean closed;
    private final List<Long> booked;
    private final List<Long> waiting;

    private Slot(Activity activity, LocalDate date, SchoolCalendar calendar, int capacity, boolean closed,
                 List<Long> booked, List<Long> waiting) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.date = Objects.requireNonNull(date, "date");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (!calendar.schoolYear().equals(activity.schoolYear())) throw new IllegalArgumentException("calendar of another school year");
        if (!activity.schoolYear().contains(date)) throw new IllegalArgumentException(date + " is outside " + activity.schoolYear());
        if (capacity < 0) throw new IllegalArgumentException("capacity must not be negative");
        this.capacity = capacity;
        this.closed = closed;
        this.booked = new ArrayList<>(booked);
        this.waiting = new ArrayList<>(waiting);
        var seen = new HashSet<Long>();
        for (long id : this.booked) if (!seen.add(id)) throw new IllegalArgumentException("person " + id + " appears twice");
        for (long id : this.waiting) if (!seen.add(id)) throw new IllegalArgumentException("person " + id + " appears twice");
    }

    /** A new empty slot at the activity's default capacity. */
    public static Slot open(Activity activity, LocalDate date, SchoolCalendar calendar) {
        return new Slot(activity, date, calendar, activity.defaultCapacity(), false, List.of(), List.of());
    }

    /**
     * A stored slot. Bookings may exceed the capacity when an agent lowered it: existing bookings are never
     * dropped, only new ones wait.
     *
     * @param booked  persons booked, in booking order
     * @param waiting persons waiting, first to be promoted first
     */
    public static Slot restore(Activity activity, LocalDate date, SchoolCalendar calendar, int capacity, boolean closed,
                               List<Long> booked, List<Long> waiting) {
        return new Slot(activity, date, calendar, capacity, closed, booked, waiting);
    }

    /**
     * A person asks for this day. Refusals, strongest first: enrolment, the day itself (holiday, closure), a
     * request already there, the booking deadline; then a place, else the waiting list, else «complet».
     *
     * @param enrolment the person's enrolment in this activity for its school year, if any
     */
    public BookingDecision book(long childId, Instant now, Optional<Enrolment> enrolment) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(enrolment, "enrolment");
        if (enrolment.isPresent()) requireFor(enrolment.get(), childId);
        if (enrolment.isEmpty() || enrolment.get().status() == EnrolmentStatus.REFUSED) {
            return new BookingDecision.Refused(RefusalReason.NOT_ENROLLED);
        }
        if (enrolment.get().status() == EnrolmentStatus.PENDING) return new BookingDecision.Refused(RefusalReason.ENROLMENT_PENDING);
        Optional<RefusalReason> dayRefusal = dayRefusal();
        if (dayRefusal.isPresent()) return new BookingDecision.Refused(dayRefusal.get());
        if (booked.contains(childId)) return new BookingDecision.Refused(RefusalReason.ALREADY_BOOKED);
        if (waiting.contains(childId)) return new BookingDecision.Refused(RefusalReason.ALREADY_WAITLISTED);
        if (!isBookingOpen(now)) return new BookingDecision.Refused(RefusalReason.BOOKING_DEADLINE_PASSED);
        if (booked.size() < capacity) {
            booked.add(childId);
            return new BookingDecision.Booked();
        }
        if (!activity.waitingList()) return new BookingDecision.Refused(RefusalReason.FULL);
        waiting.add(childId);
        return new BookingDecision.Waitlisted(waiting.size());
    }

    /**
     * A person gives up this day. Leaving the waiting list is always allowed; a booking only before the
     * cancellation deadline. The freed place goes to the first waiting person, even past the booking deadline
     * (that family asked for the day; it is notified).
     */
    public CancellationDecision cancel(long childId, Instant now) {
        Objects.requireNonNull(now, "now");
        if (waiting.remove(Long.valueOf(childId))) return new CancellationDecision.LeftWaitingList();
        if (!booked.contains(childId)) return new CancellationDecision.Refused(RefusalReason.NOT_BOOKED);
        if (!activity.cancellationRule().isOpen(date, now, calendar.publicHolidays())) {
            return new CancellationDecision.Refused(RefusalReason.CANCELLATION_DEADLINE_PASSED);
        }
        booked.remove(Long.valueOf(childId));
        List<Long> promoted = promote();
        return new CancellationDecision.Cancelled(promoted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(promoted.getFirst()));
    }

    /**
     * An agent changes the places of this day. Raising them promotes waiting persons in order (returned, to
     * notify); lowering them below the bookings keeps every booking.
     */
    public List<Long> changeCapacity(int newCapacity) {
        if (newCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
        capacity = newCapacity;
        return promote();
    }

    /** An agent closes this day for this activity: nothing can be booked, nobody is promoted. */
    public void close() {
        closed = true;
    }

    /** Reopening promotes waiting persons if places are free (returned, to notify). */
    public List<Long> reopen() {
        closed = false;
        return promote();
    }

    /** The cell the calendar shows for this person at {@code now}. */
    public CellState cellFor(long childId, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<RefusalReason> dayRefusal = dayRefusal();
        if (dayRefusal.isPresent()) {
            return switch (dayRefusal.get()) {
                case CLOSED -> CellState.CLOSED;
                case HOLIDAY -> CellState.HOLIDAY;
                default -> CellState.NO_ACTIVITY;
            };
        }
        if (booked.contains(childId)) return CellState.BOOKED;
        if (waiting.contains(childId)) return CellState.WAITLISTED;
        if (!isBookingOpen(now)) return CellState.DEADLINE_PASSED;
        if (booked.size() >= capacity) return CellState.FULL;
        return CellState.BOOKABLE;
    }

    /** Whether the activity takes place that day: it runs on it per the calendar and no agent closed it. */
    public boolean takesPlace() {
        return dayRefusal().isEmpty();
    }

    public boolean isBookingOpen(Instant now) {
        return activity.bookingRule().isOpen(date, now, calendar.publicHolidays());
    }

    public boolean isCancellationOpen(Instant now) {
        return activity.cancellationRule().isOpen(date, now, calendar.publicHolidays());
    }

    public ZonedDateTime bookingDeadline() {
        return activity.bookingRule().deadlineFor(date, calendar.publicHolidays());
    }

    public ZonedDateTime cancellationDeadline() {
        return activity.cancellationRule().deadlineFor(date, calendar.publicHolidays());
    }

    public DayKind dayKind() {
        return calendar.dayKind(date);
    }

    public Activity activity() {
        return activity;
    }

    public LocalDate date() {
        return date;
    }

    public int capacity() {
        return capacity;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Persons booked, in booking order. */
    public List<Long> booked() {
        return List.copyOf(booked);
    }

    /** Persons waiting, the next to be promoted first. */
    public List<Long> waiting() {
        return List.copyOf(waiting);
    }

    public int placesLeft() {
        return Math.max(0, capacity - booked.size());
    }

    public boolean isFull() {
        return booked.size() >= capacity;
    }

    public boolean isBooked(long childId) {
        return booked.contains(childId);
    }

    /** 1 for the first waiting person; empty when not waiting. */
    public OptionalInt waitingPosition(long childId) {
        int index = waiting.indexOf(childId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    private Optional<RefusalReason> dayRefusal() {
        if (activity.runsOn(date, calendar)) return closed ? Optional.of(RefusalReason.CLOSED) : Optional.empty();
        return Optional.of(switch (calendar.dayKind(date)) {
            case DayKind.Closed c -> RefusalReason.CLOSED;
            case DayKind.SchoolDay s -> RefusalReason.NOT_RUNNING;                  // not one of its weekdays, or extrascolaire
            case DayKind.Holidays h -> activity.family() == ActivityFamily.EXTRASCOLAIRE
                    ? RefusalReason.NOT_RUNNING : RefusalReason.HOLIDAY;
            case DayKind.PublicHoliday p -> RefusalReason.HOLIDAY;
            case DayKind.Weekend w -> RefusalReason.HOLIDAY;
            case DayKind.OutsideSchoolPeriod o -> RefusalReason.HOLIDAY;
        });
    }

    private List<Long> promote() {
        if (closed) return List.of();
        List<Long> promoted = new ArrayList<>();
        while (booked.size() < capacity && !waiting.isEmpty()) {
            Long first = waiting.removeFirst();
            booked.add(first);
            promoted.add(first);
        }
        return List.copyOf(promoted);
    }

    private void requireFor(Enrolment enrolment, long childId) {
        if (enrolment.childId() != childId) throw new IllegalArgumentException("enrolment of another person");
        if (enrolment.activityId() != activity.id()) throw new IllegalArgumentException("enrolment in another activity");
        if (!enrolment.schoolYear().equals(activity.schoolYear())) throw new IllegalArgumentException("enrolment of another school year");
    }

    @Override
    public String toString() {
        return "Slot[activity=" + activity.id() + ", date=" + date + ", capacity=" + capacity + ", booked=" + booked.size()
                + ", waiting=" + waiting.size() + (closed ? ", closed" : "") + "]";
    }
}
