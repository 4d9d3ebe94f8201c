package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.ChildCompleteness;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.CellState;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.EnrolmentStatus;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.domain.households.Child;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * «Mon planning»: for a month, a week («semaine réelle») or a day (the phone view), one grid per child and activity
 * the child is enrolled in, each cell saying its state in words and what can be done with it; the booking and
 * cancellation rules in words next to each grid. A child whose dossier is incomplete gets no grid but the list of
 * what is missing. A few queries for the whole period, whatever the number of days.
 */
public final class ShowCalendar {

    public enum Period { MONTH, WEEK, DAY }

    /** What a cell offers in the «Soumettre» form. */
    public enum Action {
        BOOK("Réserver"),
        JOIN_WAITING_LIST("Demander une place sur liste d'attente"),
        CANCEL("Annuler la réservation"),
        LEAVE_WAITING_LIST("Quitter la liste d'attente"),
        NONE("");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean cancels() {
            return this == CANCEL || this == LEAVE_WAITING_LIST;
        }
    }

    /**
     * @param childId  null for all the household's children
     * @param activityId null for every activity
     */
    public record Query(Period period, LocalDate anchor, Long childId, Long activityId) {
        public Query {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /**
     * @param inPeriod false for the days of the first and last weeks that belong to another month (shown empty)
     * @param detail   more words: the waiting position, the holiday's name, why it cannot be cancelled
     * @param key      what the form sends for this cell: «child-activity-day»
     */
    public record Cell(LocalDate day, boolean inPeriod, CellState state, String detail, Action action, String key) {
        public String dayLabel() {
            return BookingDates.longDate(day);
        }
    }

    public record Grid(Child child, Activity activity, List<List<Cell>> weeks) {
        public String bookingRule() {
            return activity.bookingRuleInWords();
        }

        public String cancellationRule() {
            return activity.cancellationRuleInWords();
        }
    }

    /** Why a child has no grid, or some of its activities none. */
    public record ChildStatus(Child child, List<ChildCompleteness.Item> missing, List<Activity> pending, boolean enrolled) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public record View(Query query, String periodLabel, LocalDate from, LocalDate to, LocalDate previous, LocalDate next,
                       List<DayOfWeek> columns, List<Grid> grids, List<ChildStatus> children, List<Activity> activities,
                       boolean calendarReady) {
        public boolean hasSelectable() {
            return grids.stream().flatMap(g -> g.weeks().stream()).flatMap(List::stream).anyMatch(c -> c.action() != Action.NONE);
        }
    }

    public static final String JUSTIFIED = "absence justifiée, non facturé";

    private final BookingsPorts ports;
    private final AbsenceRepository absences;

    public ShowCalendar(BookingsPorts ports) {
        this(ports, null);
    }

    /** @param absences the validated absences for illness to say on booked days; null to leave them out */
    public ShowCalendar(BookingsPorts ports, AbsenceRepository absences) {
        this.ports = ports;
        this.absences = absences;
    }

    public View show(Actor actor, Query query) {
        return show(Family.of(ports, actor), query);
    }

    /**
     * As {@link #show(Actor, Query)}, when the caller has just read what each child's dossier misses (the dashboard
     * shows it too): the calendar does not read it again. Display only: «Soumettre» checks the dossiers itself.
     */
    public View show(Actor actor, Query query, Map<Long, List<ChildCompleteness.Item>> missingByChild) {
        return show(Family.of(ports, actor, missingByChild), query);
    }

    /**
     * Where the phone's day view opens: {@code from} itself when something can be booked (or a place asked on the
     * waiting list) that day, else the next such day of its month or the following one; {@code from} when there is
     * none (holidays, nothing enrolled): the page then says why.
     */
    public LocalDate firstBookableDay(Actor actor, LocalDate from, Long childId) {
        var family = Family.of(ports, actor);
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(from.plusMonths(1)); month = month.plusMonths(1)) {
            var view = show(family, new Query(Period.MONTH, month, childId, null));
            var first = view.grids().stream().flatMap(g -> g.weeks().stream()).flatMap(List::stream)
                    .filter(c -> c.inPeriod() && !c.day().isBefore(from))
                    .filter(c -> c.action() == Action.BOOK || c.action() == Action.JOIN_WAITING_LIST)
                    .map(Cell::day).min(LocalDate::compareTo);
            if (first.isPresent()) return first.get();
        }
        return from;
    }

    private View show(Family family, Query query) {
        if (query.childId() != null) family.child(query.childId());
        LocalDate from = switch (query.period()) {
            case MONTH -> query.anchor().withDayOfMonth(1);
            case WEEK -> query.anchor().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> query.anchor();
        };
        LocalDate to = switch (query.period()) {
            case MONTH -> from.with(TemporalAdjusters.lastDayOfMonth());
            case WEEK -> from.plusDays(6);
            case DAY -> from;
        };
        // a week or a month across 31 August shows each day with the activities of its own school year
        var years = new java.util.TreeSet<>(List.of(SchoolYear.containing(from), SchoolYear.containing(to)));
        var childIds = family.children.stream().map(Child::id).toList();
        List<Activity> activities = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        Map<SchoolYear, SchoolCalendar> calendars = new HashMap<>();
        for (SchoolYear y : years) {
            activities.addAll(ports.activities().ofYear(y));
            enrolments.addAll(ports.enrolments().ofChildren(childIds, y));
            ports.calendars().find(y).ifPresent(c -> calendars.put(y, c));
        }
        Map<Long, Activity> activityById = activities.stream().collect(Collectors.toMap(Activity::id, Function.identity()));

        List<ChildStatus> statuses = new ArrayList<>();
        List<Enrolment> shown = new ArrayList<>();
        for (Child child : family.children) {
            if (query.childId() != null && query.childId() != child.id()) continue;
            var mine = enrolments.stream().filter(e -> e.childId() == child.id() && activityById.containsKey(e.activityId())).toList();
            var missing = family.missing(child.id());
            var pending = mine.stream().filter(e -> e.status() == EnrolmentStatus.PENDING).map(e -> activityById.get(e.activityId())).toList();
            statuses.add(new ChildStatus(child, missing, pending, mine.stream().anyMatch(Enrolment::allowsBooking)));
            if (!missing.isEmpty()) continue;
            mine.stream().filter(Enrolment::allowsBooking)
                    .filter(e -> calendars.containsKey(activityById.get(e.activityId()).schoolYear()))
                    .filter(e -> query.activityId() == null || query.activityId() == e.activityId())
                    .forEach(shown::add);
        }
        var enrolledActivities = enrolments.stream().filter(Enrolment::allowsBooking).map(Enrolment::activityId).distinct()
                .map(activityById::get).filter(Objects::nonNull).toList();

        Set<DayOfWeek> columns = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        shown.forEach(e -> columns.addAll(activityById.get(e.activityId()).weekdays()));
        if (query.period() == Period.DAY) columns.retainAll(Set.of(query.anchor().getDayOfWeek()));

        List<Grid> grids = new ArrayList<>();
        if (!shown.isEmpty()) {
            var shownActivityIds = shown.stream().map(Enrolment::activityId).distinct().toList();
            var summaries = new HashMap<String, SlotSummary>();
            ports.slots().summaries(shownActivityIds, from, to).forEach(s -> summaries.put(s.activityId() + "@" + s.day(), s));
            var bookings = new HashMap<String, PersonBooking>();
            ports.slots().bookingsOf(shown.stream().map(Enrolment::childId).distinct().toList(), from, to)
                    .forEach(b -> bookings.put(b.personId() + "-" + b.activityId() + "@" + b.day(), b));
            Instant now = ports.clock().instant();
            var validated = absences == null ? List.<fr.portailfamille.domain.bookings.MedicalAbsence>of()
                    : absences.validated(shown.stream().map(Enrolment::childId).distinct().toList(), from, to);
            for (Enrolment e : shown) {
                var child = family.child(e.childId());
                var activity = activityById.get(e.activityId());
                grids.add(new Grid(child, activity, weeks(query, from, to, columns, day -> {
                    var cell = cell(child.id(), activity, day, calendars.get(activity.schoolYear()), summaries.get(activity.id() + "@" + day),
                            bookings.get(child.id() + "-" + activity.id() + "@" + day), now, !day.isBefore(from) && !day.isAfter(to));
                    boolean justified = cell.state() == CellState.BOOKED && validated.stream().anyMatch(a -> a.childId() == child.id() && a.covers(day));
                    return justified ? new Cell(cell.day(), cell.inPeriod(), cell.state(), JUSTIFIED, cell.action(), cell.key()) : cell;
                })));
            }
        }
        return new View(query, label(query.period(), from), from, to, previous(query.period(), from), next(query.period(), from),
                List.copyOf(columns), grids, statuses, enrolledActivities, !calendars.isEmpty());
    }

    private static List<List<Cell>> weeks(Query query, LocalDate from, LocalDate to, Set<DayOfWeek> columns, Function<LocalDate, Cell> cell) {
        List<List<Cell>> weeks = new ArrayList<>();
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (DayOfWeek d : columns) week.add(cell.apply(monday.with(TemporalAdjusters.nextOrSame(d))));
            weeks.add(List.copyOf(week));
        }
        return List.copyOf(weeks);
    }

    /**
     * The cell as {@link Slot#cellFor} decides it. The calendar reads counts, not every booking of the town: the slot
     * is restored with this child where it stands and stand-ins (negative ids) for the other families' bookings.
     */
    static Cell cell(long childId, Activity activity, LocalDate day, SchoolCalendar calendar, SlotSummary summary, PersonBooking mine,
                     Instant now, boolean inPeriod) {
        String key = childId + "-" + activity.id() + "-" + day;
        if (!inPeriod || !activity.schoolYear().contains(day)) return new Cell(day, inPeriod, CellState.NO_ACTIVITY, "", Action.NONE, key);
        Slot slot;
        if (summary == null) {
            slot = Slot.open(activity, day, calendar);
            if (slot.takesPlace()) slot.close(); // no slot stored for a day it should run: nothing can be booked there
        } else {
            List<Long> booked = new ArrayList<>();
            if (mine != null && mine.booked()) booked.add(childId);
            for (long standIn = -1; booked.size() < summary.booked(); standIn--) booked.add(standIn);
            List<Long> waiting = mine != null && !mine.booked() ? List.of(childId) : List.of();
            slot = Slot.restore(activity, day, calendar, summary.capacity(), summary.closed(), booked, waiting);
        }
        CellState state = slot.cellFor(childId, now);
        Action action = switch (state) {
            case BOOKABLE -> Action.BOOK;
            case FULL -> activity.waitingList() ? Action.JOIN_WAITING_LIST : Action.NONE;
            case BOOKED -> slot.isCancellationOpen(now) ? Action.CANCEL : Action.NONE;
            case WAITLISTED -> Action.LEAVE_WAITING_LIST;
            default -> Action.NONE;
        };
        String detail = switch (state) {
            case WAITLISTED -> "position " + mine.waitingPosition();
            case BOOKED -> action == Action.NONE ? "délai d'annulation dépassé" : "";
            case HOLIDAY, CLOSED -> slot.dayKind().label();
            case FULL -> activity.waitingList() ? "liste d'attente possible" : "";
            default -> "";
        };
        return new Cell(day, true, state, detail, action, key);
    }

    private static String label(Period period, LocalDate from) {
        return switch (period) {
            case MONTH -> BookingDates.longDate(from).replaceFirst("^\\S+ 1er ", "");
            case WEEK -> "semaine du " + BookingDates.longDate(from);
            case DAY -> BookingDates.longDate(from);
        };
    }

    private static LocalDate previous(Period period, LocalDate from) {
        return switch (period) {
            case MONTH -> from.minusMonths(1);
            case WEEK -> from.minusWeeks(1);
            case DAY -> from.minusDays(1);
        };
    }

    private static LocalDate next(Period period, LocalDate from) {
        return switch (period) {
            case MONTH -> from.plusMonths(1);
            case WEEK -> from.plusWeeks(1);
            case DAY -> from.plusDays(1);
        };
    }
}
