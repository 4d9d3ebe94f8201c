package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Attendance;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.households.Child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attendance register of an activity's day: the booked children, each present, absent, «absence justifiée» (a
 * validated absence for illness) or not yet marked, and the enrolled children who came without a booking («présent sans
 * réservation», added by an agent). Agents mark the children with a form; they print it or export it.
 */
public final class KeepRegister {

    public static final String UNKNOWN_MARK = "Choisissez « présent » ou « absent » pour chaque enfant.";
    public static final String CHOOSE_ENROLLED = "Choisissez un enfant inscrit à l'activité qui n'est pas déjà au registre de ce jour.";
    public static final String NOT_TAKING_PLACE = "L'activité n'a pas lieu ce jour-là (jour fermé, vacances ou férié) : personne ne peut y être ajouté.";
    public static final String NOT_YET = "Ce jour n'est pas encore arrivé : on n'ajoute au registre qu'un enfant venu.";

    /** @param attendance {@link Attendance#PRESENT_WITHOUT_BOOKING} for a child the agent added without a booking */
    public record Line(Child child, Attendance attendance) {
        public boolean withoutBooking() {
            return attendance == Attendance.PRESENT_WITHOUT_BOOKING;
        }
    }

    /**
     * @param addable    the enrolled children neither booked nor already on the register (a child who came without a
     *                   booking is added from these)
     * @param takesPlace false on a day the activity does not run or the town closed
     */
    public record Register(Activity activity, LocalDate day, String dayLabel, List<Line> lines, List<Child> addable, boolean takesPlace) {
        public long count(Attendance attendance) {
            return lines.stream().filter(l -> l.attendance() == attendance).count();
        }

        public long booked() {
            return lines.stream().filter(l -> !l.withoutBooking()).count();
        }
    }

    private static final Comparator<Child> BY_NAME = Comparator.comparing(Child::lastName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Child::firstNames, String.CASE_INSENSITIVE_ORDER);

    private final BookingsPorts ports;
    private final AbsenceRepository absences;
    private final AttendanceRepository attendance;

    public KeepRegister(BookingsPorts ports, AbsenceRepository absences, AttendanceRepository attendance) {
        this.ports = ports;
        this.absences = absences;
        this.attendance = attendance;
    }

    public Register register(Actor actor, long activityId, LocalDate day) {
        actor.requireStaff();
        var activity = ports.activities().find(activityId).orElseThrow(Actor.NotAllowed::new);
        var calendar = ports.calendars().find(activity.schoolYear()).orElseThrow(Actor.NotAllowed::new);
        var slot = ports.transactions().inTransaction(() ->
                ports.slots().lock(activity, calendar, List.of(day)).stream().findFirst().orElseThrow(Actor.NotAllowed::new));
        List<Long> booked = slot.booked();
        Set<Long> justified = absences.validated(booked, day, day).stream().map(MedicalAbsence::childId).collect(Collectors.toSet());
        var marks = attendance.marks(activityId, day);
        Set<Long> withoutBooking = marks.entrySet().stream().filter(e -> e.getValue() == Attendance.PRESENT_WITHOUT_BOOKING && !booked.contains(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        var households = ports.households().households();
        var lines = new ArrayList<Line>();
        booked.stream().map(households::findChild).flatMap(Optional::stream)
                .forEach(child -> lines.add(new Line(child, Attendance.of(marks.get(child.id()), justified.contains(child.id())))));
        withoutBooking.stream().map(households::findChild).flatMap(Optional::stream)
                .forEach(child -> lines.add(new Line(child, Attendance.PRESENT_WITHOUT_BOOKING)));
        lines.sort(Comparator.comparing(Line::child, BY_NAME));
        var addable = ports.enrolments().ofActivity(activityId).stream().filter(Enrolment::allowsBooking).map(Enrolment::childId)
                .filter(id -> !booked.contains(id) && !withoutBooking.contains(id)).map(households::findChild).flatMap(Optional::stream)
                .sorted(BY_NAME).toList();
        return new Register(activity, day, BookingDates.longDate(day), List.copyOf(lines), addable, slot.takesPlace());
    }

    /**
     * Records the form's marks: {@code "PRESENT"} or {@code "ABSENT"} by child id for a booked child,
     * {@code "REMOVE"} to take off a child added without a booking; an empty choice leaves the child as it is;
     * justified and unbooked children are left as they are. A value that is none of these changes nothing.
     */
    public FieldErrors save(Actor actor, long activityId, LocalDate day, Map<Long, String> choices) {
        var register = register(actor, activityId, day);
        var errors = new FieldErrors();
        var marks = new HashMap<Long, Attendance>();
        var removed = new ArrayList<Long>();
        for (Line line : register.lines()) {
            String choice = choices.getOrDefault(line.child().id(), "");
            if (line.attendance() == Attendance.JUSTIFIED || choice.isBlank()) continue;
            if (line.withoutBooking()) {
                switch (choice) {
                    case "PRESENT_WITHOUT_BOOKING" -> { }
                    case "REMOVE" -> removed.add(line.child().id());
                    default -> errors.add("presence-" + line.child().id(), UNKNOWN_MARK);
                }
                continue;
            }
            switch (choice) {
                case "PRESENT" -> marks.put(line.child().id(), Attendance.PRESENT);
                case "ABSENT" -> marks.put(line.child().id(), Attendance.ABSENT);
                default -> errors.add("presence-" + line.child().id(), UNKNOWN_MARK);
            }
        }
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> {
            attendance.mark(activityId, day, marks, actor.accountId(), ports.clock().instant());
            attendance.unmark(activityId, day, removed);
        });
        return errors;
    }

    /**
     * An enrolled child came without a booking: the agent adds it to the day's register as «présent sans réservation»
     * (Billing charges it so). Refused, changing nothing, for a child not enrolled, booked or already there, a day the
     * activity does not take place, or a day still to come.
     *
     * @param childId as the form sends it
     */
    public FieldErrors addWithoutBooking(Actor actor, long activityId, LocalDate day, String childId) {
        var register = register(actor, activityId, day);
        var errors = new FieldErrors();
        long id;
        try {
            id = Long.parseLong(childId == null ? "" : childId.strip());
        } catch (NumberFormatException e) {
            id = 0;
        }
        long child = id;
        if (register.addable().stream().noneMatch(c -> c.id() == child)) return errors.add("child", CHOOSE_ENROLLED);
        if (!register.takesPlace()) return errors.add("child", NOT_TAKING_PLACE);
        if (day.isAfter(ports.today())) return errors.add("child", NOT_YET);
        ports.transactions().run(() -> attendance.mark(activityId, day, Map.of(child, Attendance.PRESENT_WITHOUT_BOOKING), actor.accountId(),
                ports.clock().instant()));
        return errors;
    }
}
