package fr.portailfamille.domain.bookings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

// Long because: one aggregate: places, waiting list and the request view must decide identically, so their rules stay in one class.
/**
 * A «créneau»: one activity on one day, with its places, its bookings and its waiting list (first come, first
 * served). The aggregate guards «never more bookings than places» for in-memory use; the database enforces it
 * again under concurrency. Mutable and not thread-safe: load, decide, save within one transaction.
 * <p>
 * Person ids are children in practice (any household member enrolled in the activity).
 * <p>
 * A slot is either <em>whole</em> ({@link #restore}: every booked and waiting person) or the <em>view of a request</em>
 * ({@link #restoreFor}: the counts, the entries of the persons the request is about, and the first waiting persons it
 * may promote). At the registration opening thousands of families wait on the same slot's lock: a request must not read
 * the whole slot while holding it. A view decides exactly as the whole slot would, and refuses (throws) what it
 * cannot know: a person outside it, or a promotion beyond the waiting persons it holds.
 */
public final class Slot {

    private final Activity activity;
    private final LocalDate date;
    private final SchoolCalendar calendar;
    private int capacity;
    private boolean closed;
    /** Booked persons held, in booking order: all of them, or on a view those of the request. */
    private final List<Long> booked;
    /** Booked persons a view does not hold (0 on a whole slot). */
    private final int bookedOthers;
    /** Waiting persons held, in list order, and their positions (1 = next promoted), increasing. */
    private final List<Long> waiting;
    private final List<Integer> positions;
    private int waitingCount;
    /** The persons a view can answer for; null on a whole slot. */
    private final Set<Long> view;

    private Slot(Activity activity, LocalDate date, SchoolCalendar calendar, int capacity, boolean closed,
                 List<Long> booked, int bookedOthers, List<Long> waiting, List<Integer> positions, int waitingCount, Set<Long> view) {
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
        this.positions = new ArrayList<>(positions);
        if (bookedOthers < 0) throw new IllegalArgumentException("booked count below the persons held");
        this.bookedOthers = bookedOthers;
        this.waitingCount = waitingCount;
        for (int i = 0; i < this.positions.size(); i++) {
            int position = this.positions.get(i);
            if (position < 1 || position > waitingCount || (i > 0 && position <= this.positions.get(i - 1))) {
                throw new IllegalArgumentException("waiting position " + position + " out of order or beyond " + waitingCount);
            }
        }
        var seen = new HashSet<Long>();
        for (long id : this.booked) if (!seen.add(id)) throw new IllegalArgumentException("person " + id + " appears twice");
        for (long id : this.waiting) if (!seen.add(id)) throw new IllegalArgumentException("person " + id + " appears twice");
        if (view != null) seen.addAll(view);
        this.view = view == null ? null : Set.copyOf(seen);
    }

    /** A new empty slot at the activity's default capacity. */
    public static Slot open(Activity activity, LocalDate date, SchoolCalendar calendar) {
        return new Slot(activity, date, calendar, activity.defaultCapacity(), false, List.of(), 0, List.of(), List.of(), 0, null);
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
        var positions = new ArrayList<Integer>();
        for (int i = 1; i <= waiting.size(); i++) positions.add(i);
        return new Slot(activity, date, calendar, capacity, closed, booked, 0, waiting, positions, waiting.size(), null);
    }

    /**
     * A stored slot as a request about some persons sees it: what it needs to decide for them, whatever the number
     * of bookings. It answers only for {@code persons} (and the waiting persons given), and can promote only the
     * waiting persons given from position 1 on: give as many as the request may cancel.
     *
     * @param persons          the persons of the request; those absent from the lists below have no request that day
     * @param bookedCount      every booked person of the slot
     * @param bookedOfThem     those of {@code persons} who are booked
     * @param waitingCount     every waiting person of the slot
     * @param waitingPositions position (1 = next promoted) of those of {@code persons} who wait, and of the first waiting ones
     */
    public static Slot restoreFor(Activity activity, LocalDate date, SchoolCalendar calendar, int capacity, boolean closed,
                                  Collection<Long> persons, int bookedCount, Collection<Long> bookedOfThem,
                                  int waitingCount, Map<Long, Integer> waitingPositions) {
        var ordered = new ArrayList<>(waitingPositions.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        var view = new HashSet<>(persons);
        view.addAll(bookedOfThem);
        return new Slot(activity, date, calendar, capacity, closed, List.copyOf(bookedOfThem), bookedCount - bookedOfThem.size(),
                ordered.stream().map(Map.Entry::getKey).toList(), ordered.stream().map(Map.Entry::getValue).toList(), waitingCount, view);
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
        requireHeld(childId);
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
        if (bookedCount() < capacity) {
            booked.add(childId);
            return new BookingDecision.Booked();
        }
        if (!activity.waitingList()) return new BookingDecision.Refused(RefusalReason.FULL);
        waitingCount++;
        waiting.add(childId);
        positions.add(waitingCount);
        return new BookingDecision.Waitlisted(waitingCount);
    }

    /**
     * A person gives up this day. Leaving the waiting list is always allowed; a booking only before the
     * cancellation deadline. The freed place goes to the first waiting person, even past the booking deadline
     * (that family asked for the day; it is notified).
     */
    public CancellationDecision cancel(long childId, Instant now) {
        Objects.requireNonNull(now, "now");
        requireHeld(childId);
        int index = waiting.indexOf(childId);
        if (index >= 0) {
            leaveWaiting(index);
            return new CancellationDecision.LeftWaitingList();
        }
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
        requireHeld(childId);
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
        if (bookedCount() >= capacity) return CellState.FULL;
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

    /**
     * The refusal as the parent reads it: a deadline passed says the activity's rule and the last moment it was
     * possible for this day («… au plus tard le mardi 15 septembre 2026 à 12 h.»); any other reason its own words.
     */
    public String refusalInWords(RefusalReason reason) {
        return switch (reason) {
            case BOOKING_DEADLINE_PASSED -> late(reason, activity.bookingRuleInWords(), bookingDeadline());
            case CANCELLATION_DEADLINE_PASSED -> late(reason, activity.cancellationRuleInWords(), cancellationDeadline());
            default -> reason.message();
        };
    }

    private String late(RefusalReason reason, String rule, ZonedDateTime deadline) {
        // a deadline at 0 h is the end of the day before: «le mardi 19 à minuit» rather than «le mercredi 20 à 0 h»
        String lastMoment = deadline.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? BookingDates.longDate(deadline.toLocalDate().minusDays(1)) + " à minuit"
                : BookingDates.longDate(deadline.toLocalDate()) + " à " + BookingDates.time(deadline.toLocalTime());
        return reason.message() + " " + rule + " : pour le " + BookingDates.longDate(date) + ", c'était au plus tard le " + lastMoment + ".";
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

    /** Persons booked, in booking order. Only a whole slot knows them all: a view throws. */
    public List<Long> booked() {
        requireWhole();
        return List.copyOf(booked);
    }

    /** Persons waiting, the next to be promoted first. Only a whole slot knows them all: a view throws. */
    public List<Long> waiting() {
        requireWhole();
        return List.copyOf(waiting);
    }

    /** The booked persons this slot holds, in booking order: all of them, or on a view those it answers for. */
    public List<Long> heldBooked() {
        return List.copyOf(booked);
    }

    /** The waiting persons this slot holds, in list order: all of them, or on a view those it answers for. */
    public List<Long> heldWaiting() {
        return List.copyOf(waiting);
    }

    /** Whether this slot answers for this person: always on a whole slot, on a view only for its persons. */
    public boolean holds(long personId) {
        return view == null || view.contains(personId) || booked.contains(personId) || waiting.contains(personId);
    }

    /** Whether this is the view of a request rather than the whole slot. */
    public boolean isView() {
        return view != null;
    }

    public int bookedCount() {
        return bookedOthers + booked.size();
    }

    public int waitingCount() {
        return waitingCount;
    }

    public int placesLeft() {
        return Math.max(0, capacity - bookedCount());
    }

    public boolean isFull() {
        return bookedCount() >= capacity;
    }

    public boolean isBooked(long childId) {
        requireHeld(childId);
        return booked.contains(childId);
    }

    /** 1 for the first waiting person; empty when not waiting. */
    public OptionalInt waitingPosition(long childId) {
        requireHeld(childId);
        int index = waiting.indexOf(childId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(positions.get(index));
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
        while (bookedCount() < capacity && waitingCount > 0) {
            if (waiting.isEmpty() || positions.getFirst() != 1) {
                throw new IllegalStateException("the first waiting person of " + this + " was not loaded: a view holds only those it may promote");
            }
            long first = waiting.getFirst();
            leaveWaiting(0);
            booked.add(first);
            promoted.add(first);
        }
        return List.copyOf(promoted);
    }

    /** Everyone behind moves up one place. */
    private void leaveWaiting(int index) {
        waiting.remove(index);
        positions.remove(index);
        for (int i = index; i < positions.size(); i++) positions.set(i, positions.get(i) - 1);
        waitingCount--;
    }

    private void requireHeld(long personId) {
        if (!holds(personId)) throw new IllegalArgumentException("person " + personId + " is outside this view of " + this);
    }

    private void requireWhole() {
        if (view != null) throw new IllegalStateException("a view of " + this + " does not know every person");
    }

    private void requireFor(Enrolment enrolment, long childId) {
        if (enrolment.childId() != childId) throw new IllegalArgumentException("enrolment of another person");
        if (enrolment.activityId() != activity.id()) throw new IllegalArgumentException("enrolment in another activity");
        if (!enrolment.schoolYear().equals(activity.schoolYear())) throw new IllegalArgumentException("enrolment of another school year");
    }

    @Override
    public String toString() {
        return "Slot[activity=" + activity.id() + ", date=" + date + ", capacity=" + capacity + ", booked=" + bookedCount()
                + ", waiting=" + waitingCount + (closed ? ", closed" : "") + (view != null ? ", view" : "") + "]";
    }
}
