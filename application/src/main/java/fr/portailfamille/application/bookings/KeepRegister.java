package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Attendance;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.households.Child;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attendance register of an activity's day: the booked children, each present, absent, «absence justifiée» (a
 * validated absence for illness) or not yet marked. Agents mark the children with a form; they print it or export it.
 */
public final class KeepRegister {

    public static final String UNKNOWN_MARK = "Choisissez « présent » ou « absent » pour chaque enfant.";

    public record Line(Child child, Attendance attendance) {
    }

    public record Register(Activity activity, LocalDate day, String dayLabel, List<Line> lines) {
        public long count(Attendance attendance) {
            return lines.stream().filter(l -> l.attendance() == attendance).count();
        }
    }

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
        List<Long> booked = ports.transactions().inTransaction(() ->
                ports.slots().lock(activity, calendar, List.of(day)).stream().findFirst().orElseThrow(Actor.NotAllowed::new).booked());
        Set<Long> justified = absences.validated(booked, day, day).stream().map(MedicalAbsence::childId).collect(Collectors.toSet());
        var marks = attendance.marks(activityId, day);
        var households = ports.households().households();
        var lines = booked.stream().map(households::findChild).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Child::lastName, String.CASE_INSENSITIVE_ORDER).thenComparing(Child::firstNames, String.CASE_INSENSITIVE_ORDER))
                .map(child -> new Line(child, Attendance.of(marks.get(child.id()), justified.contains(child.id())))).toList();
        return new Register(activity, day, BookingDates.longDate(day), lines);
    }

    /**
     * Records the form's marks: {@code "PRESENT"} or {@code "ABSENT"} by child id; an empty choice leaves the child
     * unmarked; justified and unbooked children are left as they are. A value that is none of these changes nothing.
     */
    public FieldErrors save(Actor actor, long activityId, LocalDate day, Map<Long, String> choices) {
        var register = register(actor, activityId, day);
        var errors = new FieldErrors();
        var marks = new HashMap<Long, Attendance>();
        for (Line line : register.lines()) {
            String choice = choices.getOrDefault(line.child().id(), "");
            if (line.attendance() == Attendance.JUSTIFIED || choice.isBlank()) continue;
            switch (choice) {
                case "PRESENT" -> marks.put(line.child().id(), Attendance.PRESENT);
                case "ABSENT" -> marks.put(line.child().id(), Attendance.ABSENT);
                default -> errors.add("presence-" + line.child().id(), UNKNOWN_MARK);
            }
        }
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> attendance.mark(activityId, day, marks, actor.accountId(), ports.clock().instant()));
        return errors;
    }
}
