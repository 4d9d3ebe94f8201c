package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        var errors = new FieldErrors();
        errors.requireText("zone", zone, "Zone", 20);
        LocalDate first = date(errors, "firstDay", firstDay, "rentrée");
        LocalDate last = date(errors, "lastDay", lastDay, "fin des cours");
        if (!errors.isEmpty()) return errors;
        var current = ports.calendars().find(year);
        return change(errors, "firstDay", () -> new SchoolCalendar(year, zone, first, last,
                current.map(SchoolCalendar::holidays).orElse(java.util.List.of()), current.map(SchoolCalendar::closures).orElse(java.util.List.of()),
                current.map(SchoolCalendar::publicHolidays).orElse(PublicHolidays.FRANCE)));
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
