package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * «Préparer l'année scolaire 2027-2028»: agents start the next year from the one in progress — its activities with
 * their rules and targets, the tariffs in force (through Billing), and the calendar's skeleton with the school
 * period they confirm. The holidays come next (entered or imported), then the day enrolments open: until then
 * parents cannot enrol in it. Done once: a year already prepared is changed, not copied again.
 * <p>
 * No slot is made here: the holidays are not known yet, and slots derive from the calendar once they are (every
 * change of the calendar and the opening of enrolments derive them).
 */
public final class PrepareSchoolYear {

    public static final String NO_SOURCE = "Le calendrier scolaire %s n'est pas saisi : il n'y a rien à copier.";
    public static final String ALREADY = "L'année scolaire %s est déjà préparée (%s) : modifiez son calendrier et ses activités "
            + "plutôt que de la copier une seconde fois.";

    /** Billing's side: copies the tariffs in force at the end of a year over the next one; says what it did, one line each. */
    public interface TariffRollover {
        List<String> copy(Actor actor, SchoolYear from, SchoolYear to);
    }

    /**
     * What the form proposes.
     *
     * @param skeleton the next year's calendar as proposed (empty when there is no calendar to start from)
     * @param refusal  why it cannot be prepared, when so
     */
    public record Proposal(SchoolYear from, SchoolYear to, Optional<SchoolCalendar> skeleton, List<Activity> activities, Optional<String> refusal,
                           Optional<EnrolmentOpening> opening) {
    }

    /** The form as typed: the year copied and the next one's school period, ISO dates. */
    public record Command(String fromYear, String firstDay, String lastDay) {
    }

    public sealed interface Result {
        record Prepared(SchoolCalendar calendar, List<Activity> activities, List<String> tariffs) implements Result {
        }

        record Refused(FieldErrors errors) implements Result {
        }
    }

    private final BookingsPorts ports;
    private final TariffRollover tariffs;

    public PrepareSchoolYear(BookingsPorts ports, TariffRollover tariffs) {
        this.ports = ports;
        this.tariffs = tariffs;
    }

    public Proposal proposal(Actor actor, SchoolYear from) {
        actor.requireStaff();
        var source = ports.calendars().find(from);
        return new Proposal(from, from.next(), source.map(SchoolCalendar::nextYearSkeleton), ports.activities().ofYear(from), refusal(from),
                ports.calendars().enrolmentOpening(from.next()));
    }

    public Result prepare(Actor actor, Command command) {
        actor.requireStaff();
        var errors = new FieldErrors();
        SchoolYear from;
        try {
            from = SchoolYear.parse(command.fromYear());
        } catch (IllegalArgumentException e) {
            return new Result.Refused(errors.add("year", e.getMessage()));
        }
        var refusal = refusal(from);
        if (refusal.isPresent()) return new Result.Refused(errors.add("year", refusal.get()));
        var skeleton = ports.calendars().find(from).orElseThrow().nextYearSkeleton();
        LocalDate first = date(errors, "firstDay", command.firstDay(), "rentrée");
        LocalDate last = date(errors, "lastDay", command.lastDay(), "fin des cours");
        if (!errors.isEmpty()) return new Result.Refused(errors);
        SchoolCalendar calendar;
        try {
            calendar = new SchoolCalendar(skeleton.schoolYear(), skeleton.zone(), first, last, List.of(), List.of(), skeleton.publicHolidays());
        } catch (IllegalArgumentException e) {
            return new Result.Refused(errors.add("firstDay", e.getMessage()));
        }
        var copied = ports.transactions().inTransaction(() -> {
            // checked again inside: two agents preparing at once copy once (the second finds the calendar)
            if (ports.calendars().find(calendar.schoolYear()).isPresent()) return null;
            ports.calendars().save(calendar);
            ports.calendars().saveEnrolmentOpening(EnrolmentOpening.undecided(calendar.schoolYear()));
            List<Activity> added = new ArrayList<>();
            for (Activity activity : ports.activities().ofYear(from)) added.add(ports.activities().add(activity.forYear(calendar.schoolYear())));
            return List.copyOf(added);
        });
        if (copied == null) return new Result.Refused(errors.add("year", refusal(from).orElseThrow()));
        return new Result.Prepared(calendar, copied, tariffs.copy(actor, from, calendar.schoolYear()));
    }

    private Optional<String> refusal(SchoolYear from) {
        if (ports.calendars().find(from).isEmpty()) return Optional.of(NO_SOURCE.formatted(from.label()));
        var next = from.next();
        boolean calendar = ports.calendars().find(next).isPresent();
        int activities = ports.activities().ofYear(next).size();
        if (!calendar && activities == 0) return Optional.empty();
        var what = new ArrayList<String>();
        if (calendar) what.add("son calendrier est saisi");
        if (activities > 0) what.add(activities == 1 ? "elle a une activité" : "elle a " + activities + " activités");
        return Optional.of(ALREADY.formatted(next.label(), String.join(", ", what)));
    }

    static LocalDate date(FieldErrors errors, String field, String text, String label) {
        try {
            if (text == null || text.isBlank()) {
                errors.add(field, "Indiquez la date (" + label + ").");
                return null;
            }
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Date invalide (" + label + ") : écrivez-la au format jj/mm/aaaa.");
            return null;
        }
    }
}
