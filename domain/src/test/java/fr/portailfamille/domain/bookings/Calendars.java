package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.util.List;

/** The school year 2026-2027 used across the tests (zone C-like dates; test data, not the official calendar). */
final class Calendars {

    static final SchoolYear YEAR = SchoolYear.startingIn(2026);

    static final HolidayPeriod TOUSSAINT = period("Vacances de la Toussaint", "2026-10-17", "2026-11-01");
    static final HolidayPeriod NOEL = period("Vacances de Noël", "2026-12-19", "2027-01-03");
    static final HolidayPeriod HIVER = period("Vacances d'hiver", "2027-02-13", "2027-02-28");
    static final HolidayPeriod PRINTEMPS = period("Vacances de printemps", "2027-04-10", "2027-04-25");
    static final HolidayPeriod PONT = period("Pont de l'Ascension", "2027-05-07", "2027-05-09");
    static final HolidayPeriod ETE = period("Vacances d'été", "2027-07-03", "2027-08-31");
    static final Closure PEDAGOGIQUE = new Closure(LocalDate.parse("2027-06-11"), "Journée pédagogique");

    private Calendars() {
    }

    static SchoolCalendar year2026() {
        return year2026(PublicHolidays.FRANCE);
    }

    static SchoolCalendar year2026(PublicHolidays publicHolidays) {
        return new SchoolCalendar(YEAR, "C", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-03"),
                List.of(ETE, TOUSSAINT, NOEL, HIVER, PRINTEMPS, PONT), List.of(PEDAGOGIQUE), publicHolidays);
    }

    static HolidayPeriod period(String name, String first, String last) {
        return new HolidayPeriod(name, LocalDate.parse(first), LocalDate.parse(last));
    }
}
