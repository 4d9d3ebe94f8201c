package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.BookingDecision;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.Periodicity;
import fr.portailfamille.domain.bookings.RefusalReason;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.domain.bookings.TypicalWeek;
import fr.portailfamille.domain.bookings.TypicalWeekInput;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * «Saisie d'une semaine type»: books one or several activities (matin, midi, soir…) on chosen weekdays over a period
 * for some of the household's children, in one «ENREGISTRER». Every matching open slot within its deadline is booked (or the child waits when it is full); existing
 * bookings are never removed nor changed. The whole period is done in a few statements — lock the slots, read
 * their bookings, write — not one round trip per day. The answer counts what was booked, put on the waiting list,
 * and skipped with each reason.
 */
public final class ApplyTypicalWeek {

    /** The form's fields as typed; the dates as ISO («2026-12-07»), the weekdays as ISO numbers («1» = lundi). */
    public record Command(List<String> activityIds, List<String> personIds, String from, String to, String periodicity, List<String> weekdays) {
    }

    /** @param days every day concerned, for the answer (never cut: the family must know which days to look at) */
    public record Skipped(String childName, String activityName, String reason, int count, List<LocalDate> days) {
        public String daysInWords() {
            return days.stream().map(BookingDates::longDate).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    public sealed interface Result {
        record Invalid(List<String> errors) implements Result {
        }

        /** @param notices what was adjusted, e.g. a period cut at the end of its school year */
        record Applied(List<Activity> activities, int booked, int waitlisted, List<Skipped> skipped, List<String> notices) implements Result {
            public int skippedCount() {
                return skipped.stream().mapToInt(Skipped::count).sum();
            }
        }
    }

    private final BookingsPorts ports;
    private final AuditTrail trail;

    /** Without an audit trail: the demo seed and the tests of other rules. */
    public ApplyTypicalWeek(BookingsPorts ports) {
        this(ports, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each booking made is recorded (who, when, from where) */
    public ApplyTypicalWeek(BookingsPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.trail = trail;
    }

    public Result apply(Actor actor, Command command) {
        var family = Family.of(ports, actor);
        List<Long> persons = new ArrayList<>();
        for (String id : command.personIds()) {
            long person = parseId(id).orElseThrow(Actor.NotAllowed::new);
            family.child(person); // another household's child: 404
            persons.add(person);
        }
        var from = date(command.from());
        var to = date(command.to());
        var periodicity = periodicity(command.periodicity());
        var weekdays = weekdays(command.weekdays());
        // activities in id order (two requests lock their slots in the same order); an unknown id is no activity
        var activities = command.activityIds().stream().map(ApplyTypicalWeek::parseId).flatMap(Optional::stream).distinct().sorted()
                .map(ports.activities()::find).flatMap(Optional::stream).toList();
        List<TypicalWeek> weeks = new ArrayList<>();
        Set<String> errors = new LinkedHashSet<>();
        List<String> notices = new ArrayList<>();
        // no activity ticked: the check still runs once, to say so beside the other fields' errors
        for (var activity : activities.isEmpty() ? java.util.Collections.<Activity>singletonList(null) : activities) {
            switch (TypicalWeek.check(activity, persons, from, to, periodicity, weekdays)) {
                case TypicalWeekInput.Invalid invalid -> errors.addAll(invalid.errors());
                case TypicalWeekInput.Valid valid -> {
                    weeks.add(valid.typicalWeek());
                    valid.notice().ifPresent(notices::add);
                }
            }
        }
        Map<SchoolYear, SchoolCalendar> calendars = new HashMap<>();
        var gate = new EnrolmentGate(ports);
        // the children's enrolments of those years, read once and before any slot is locked
        Map<String, Enrolment> enrolments = new HashMap<>();
        for (var year : activities.stream().map(Activity::schoolYear).distinct().toList()) {
            var calendar = ports.calendars().find(year);
            if (calendar.isEmpty()) errors.add("Le calendrier scolaire " + year.label() + " n'est pas encore publié.");
            else calendars.put(year, calendar.get());
            gate.closedReason(year).ifPresent(errors::add);
            ports.enrolments().ofChildren(persons, year).forEach(e -> enrolments.put(e.childId() + "-" + e.activityId(), e));
        }
        if (!errors.isEmpty()) return new Result.Invalid(List.copyOf(errors));
        Map<Long, String> incomplete = new HashMap<>();
        persons.forEach(p -> {
            if (!family.missing(p).isEmpty()) incomplete.put(p, "Dossier incomplet : complétez-le pour pouvoir réserver.");
        });
        Instant now = ports.clock().instant();
        Map<String, Skipped> skipped = new LinkedHashMap<>();

        return ports.transactions().inTransaction(() -> {
            int booked = 0, waitlisted = 0;
            var audit = new BookingAudit(trail, actor, family.householdId, now);
            for (var week : weeks) {
                var activity = week.activity();
                var calendar = calendars.get(activity.schoolYear());
                var without = week.daysWithoutActivity(calendar);
                if (!without.isEmpty()) {
                    notices.add(activity.name() + " : " + (without.size() == 1 ? "1 jour sans activité n'est pas réservé"
                            : without.size() + " jours sans activité ne sont pas réservés") + " (vacances scolaires, jours fériés ou fermetures) : "
                            + without.stream().map(BookingDates::longDate).collect(java.util.stream.Collectors.joining(", ")) + ".");
                }
                Map<LocalDate, Slot> slots = new HashMap<>();
                // only these children's entries and the counts: existing bookings are never changed, nobody is promoted
                ports.slots().lockFor(activity, calendar, week.dates(calendar), persons, Map.of()).forEach(s -> slots.put(s.date(), s));
                for (var candidate : week.expand(calendar)) {
                    long person = candidate.personId();
                    String name = family.child(person).firstNames();
                    if (incomplete.containsKey(person)) {
                        skip(skipped, name, activity.name(), incomplete.get(person), candidate.date());
                        continue;
                    }
                    Slot slot = slots.get(candidate.date());
                    var decision = slot == null ? new BookingDecision.Refused(RefusalReason.NOT_RUNNING)
                            : slot.book(person, now, Optional.ofNullable(enrolments.get(person + "-" + activity.id())));
                    switch (decision) {
                        case BookingDecision.Booked b -> {
                            booked++;
                            audit.add(AuditEvent.Kind.BOOKED, name, activity.name(), candidate.date());
                        }
                        case BookingDecision.Waitlisted w -> {
                            waitlisted++;
                            audit.add(AuditEvent.Kind.WAITLISTED, name, activity.name(), candidate.date());
                        }
                        case BookingDecision.Refused r -> skip(skipped, name, activity.name(), r.reason().message(), candidate.date());
                    }
                }
                ports.slots().save(slots.values(), now);
            }
            audit.write();
            return new Result.Applied(activities, booked, waitlisted, List.copyOf(skipped.values()), List.copyOf(notices));
        });
    }

    private static void skip(Map<String, Skipped> skipped, String child, String activity, String reason, LocalDate day) {
        skipped.merge(child + "|" + activity + "|" + reason, new Skipped(child, activity, reason, 1, List.of(day)),
                (a, b) -> new Skipped(child, activity, reason, a.count() + 1, append(a.days(), day)));
    }

    private static List<LocalDate> append(List<LocalDate> days, LocalDate day) {
        var more = new ArrayList<>(days);
        more.add(day);
        return List.copyOf(more);
    }

    private static Optional<Long> parseId(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Periodicity periodicity(String text) {
        try {
            return text == null || text.isBlank() ? null : Periodicity.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<DayOfWeek> weekdays(List<String> values) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String v : values) {
            try {
                int n = Integer.parseInt(v.strip());
                if (n >= 1 && n <= 7) days.add(DayOfWeek.of(n));
            } catch (NumberFormatException ignored) {
                // a forged value is no day
            }
        }
        return days;
    }
}
