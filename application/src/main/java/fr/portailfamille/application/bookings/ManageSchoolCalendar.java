package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.OfficialSchoolHolidays;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Agents keep the school calendar: the school period, the holiday periods of the town's zone and the closure days.
 * Each change derives the slots of every activity of the year again (new days get slots; existing ones and their
 * bookings stay — a closed day shows «fermé»).
 */
public final class ManageSchoolCalendar {

    private final BookingsPorts ports;

    public ManageSchoolCalendar(BookingsPorts ports) {
        this.ports = ports;
    }

    public Optional<SchoolCalendar> show(Actor actor, SchoolYear year) {
        actor.requireStaff();
        return ports.calendars().find(year);
    }

    /** Creates the year's calendar or changes its zone and school period, keeping its holidays and closures. */
    public FieldErrors settings(Actor actor, SchoolYear year, String zone, String firstDay, String lastDay) {
        actor.requireStaff();
        return settings(actor, year, zone, firstDay, lastDay, ports.calendars().find(year).map(c -> c.publicHolidays().alsaceMoselle()).orElse(false));
    }

    /** @param alsaceMoselle a town of Alsace or Moselle: Good Friday and 26 December are public holidays too */
    public FieldErrors settings(Actor actor, SchoolYear year, String zone, String firstDay, String lastDay, boolean alsaceMoselle) {
        actor.requireStaff();
        var errors = new FieldErrors();
        errors.requireText("zone", zone, "Zone", 20);
        LocalDate first = date(errors, "firstDay", firstDay, "rentrée");
        LocalDate last = date(errors, "lastDay", lastDay, "fin des cours");
        if (!errors.isEmpty()) return errors;
        var current = ports.calendars().find(year);
        return change(errors, "firstDay", () -> new SchoolCalendar(year, zone, first, last,
                current.map(SchoolCalendar::holidays).orElse(java.util.List.of()), current.map(SchoolCalendar::closures).orElse(java.util.List.of()),
                PublicHolidays.of(alsaceMoselle)));
    }

    public FieldErrors addHoliday(Actor actor, SchoolYear year, String name, String firstDay, String lastDay) {
        actor.requireStaff();
        var errors = new FieldErrors();
        LocalDate first = date(errors, "holidayFirst", firstDay, "début");
        LocalDate last = date(errors, "holidayLast", lastDay, "fin");
        if (!errors.isEmpty()) return errors;
        return update(actor, errors, "holidayName", year, c -> {
            var holidays = new ArrayList<>(c.holidays());
            holidays.add(new HolidayPeriod(name == null ? "" : name, first, last));
            return new SchoolCalendar(year, c.zone(), c.firstDayOfClasses(), c.lastDayOfClasses(), holidays, c.closures(), c.publicHolidays());
        });
    }

    /** What an import did: the periods now in the calendar, or every problem (nothing changed). */
    public sealed interface Imported {
        record Done(List<HolidayPeriod> periods, int ignored) implements Imported {
        }

        record Invalid(List<String> errors) implements Imported {
        }
    }

    public static final String NO_CALENDAR_YET = "Enregistrez d'abord la période scolaire %s (zone, rentrée, fin des cours) : l'import lit les vacances de sa zone.";

    /**
     * The holidays of the town's zone from the ministry's open-data file («Le calendrier scolaire»), replacing the
     * periods entered for the year; see {@link OfficialSchoolHolidays}. Any problem, and nothing changes.
     */
    public Imported importHolidays(Actor actor, SchoolYear year, List<OfficialSchoolHolidays.Row> rows) {
        actor.requireStaff();
        var current = ports.calendars().find(year);
        if (current.isEmpty()) return new Imported.Invalid(List.of(NO_CALENDAR_YET.formatted(year.label())));
        return switch (OfficialSchoolHolidays.read(rows, current.get().zone(), year)) {
            case OfficialSchoolHolidays.Result.Invalid invalid -> new Imported.Invalid(invalid.errors());
            case OfficialSchoolHolidays.Result.Periods read -> {
                var errors = change(new FieldErrors(), "file", () -> current.get().withHolidays(read.periods()));
                yield errors.isEmpty() ? new Imported.Done(read.periods(), read.ignored()) : new Imported.Invalid(List.copyOf(errors.asMap().values()));
            }
        };
    }

    /** When the year's enrolments open, if the year is gated (prepared in advance); empty otherwise. */
    public Optional<EnrolmentOpening> enrolmentOpening(Actor actor, SchoolYear year) {
        actor.requireStaff();
        return ports.calendars().enrolmentOpening(year);
    }

    /**
     * Sets the day parents may start enrolling in the year (and booking it); the slots are derived from the
     * calendar as it stands, so that nothing is missing on that day.
     */
    public FieldErrors openEnrolment(Actor actor, SchoolYear year, String day) {
        actor.requireStaff();
        var errors = new FieldErrors();
        LocalDate date = date(errors, "opensOn", day, "ouverture des inscriptions");
        if (!errors.isEmpty()) return errors;
        var calendar = ports.calendars().find(year);
        if (calendar.isEmpty()) return errors.add("opensOn", NO_CALENDAR_YET.formatted(year.label()));
        EnrolmentOpening opening;
        try {
            opening = EnrolmentOpening.on(year, date);
        } catch (IllegalArgumentException e) {
            return errors.add("opensOn", e.getMessage());
        }
        ports.transactions().run(() -> {
            ports.calendars().saveEnrolmentOpening(opening);
            for (var activity : ports.activities().ofYear(year)) ports.slots().ensure(activity, activity.slotDates(calendar.get()));
        });
        return errors;
    }

    public void removeHoliday(Actor actor, SchoolYear year, LocalDate firstDay) {
        update(actor, new FieldErrors(), "holidayName", year, c -> new SchoolCalendar(year, c.zone(), c.firstDayOfClasses(), c.lastDayOfClasses(),
                c.holidays().stream().filter(h -> !h.firstDay().equals(firstDay)).toList(), c.closures(), c.publicHolidays()));
    }

    public FieldErrors addClosure(Actor actor, SchoolYear year, String day, String reason) {
        actor.requireStaff();
        var errors = new FieldErrors();
        LocalDate date = date(errors, "closureDay", day, "jour de fermeture");
        if (!errors.isEmpty()) return errors;
        return update(actor, errors, "closureReason", year, c -> c.withClosure(new Closure(date, reason == null ? "" : reason)));
    }

    public void removeClosure(Actor actor, SchoolYear year, LocalDate day) {
        update(actor, new FieldErrors(), "closureDay", year, c -> new SchoolCalendar(year, c.zone(), c.firstDayOfClasses(), c.lastDayOfClasses(),
                c.holidays(), c.closures().stream().filter(x -> !x.date().equals(day)).toList(), c.publicHolidays()));
    }

    private FieldErrors update(Actor actor, FieldErrors errors, String field, SchoolYear year, UnaryOperator<SchoolCalendar> change) {
        actor.requireStaff();
        var current = ports.calendars().find(year).orElseThrow(Actor.NotAllowed::new);
        return change(errors, field, () -> change.apply(current));
    }

    /** The domain refuses a calendar with a French message: shown under the field. */
    private FieldErrors change(FieldErrors errors, String field, java.util.function.Supplier<SchoolCalendar> next) {
        SchoolCalendar calendar;
        try {
            calendar = next.get();
        } catch (IllegalArgumentException e) {
            return errors.add(field, e.getMessage());
        }
        ports.transactions().run(() -> {
            ports.calendars().save(calendar);
            for (var activity : ports.activities().ofYear(calendar.schoolYear())) ports.slots().ensure(activity, activity.slotDates(calendar));
        });
        return errors;
    }

    private static LocalDate date(FieldErrors errors, String field, String text, String label) {
        return PrepareSchoolYear.date(errors, field, text, label);
    }
}
