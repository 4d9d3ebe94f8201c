package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolCalendarTest {

    private final SchoolCalendar calendar = Calendars.year2026();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-08-31 | Hors période scolaire",           // a Monday before the rentrée
            "2026-09-01 | Période scolaire",                // rentrée, a Tuesday
            "2026-09-02 | Période scolaire",                // Wednesday without class: still the school period
            "2026-09-05 | Week-end",
            "2026-10-16 | Période scolaire",
            "2026-10-17 | Vacances de la Toussaint",        // a Saturday inside the holidays: holidays win
            "2026-10-19 | Vacances de la Toussaint",
            "2026-11-01 | Jour férié : Toussaint",          // public holiday inside the holidays: public holiday wins
            "2026-11-02 | Période scolaire",                // reprise des cours
            "2026-11-11 | Jour férié : Armistice 1918",
            "2026-12-25 | Jour férié : Noël",
            "2027-01-01 | Jour férié : Jour de l'an",
            "2027-01-04 | Période scolaire",
            "2027-03-29 | Jour férié : Lundi de Pâques",
            "2027-05-06 | Jour férié : Ascension",
            "2027-05-07 | Pont de l'Ascension",
            "2027-05-17 | Jour férié : Lundi de Pentecôte",
            "2027-06-11 | Fermé : Journée pédagogique",
            "2027-07-02 | Période scolaire",
            "2027-07-03 | Vacances d'été",                  // last day of classes, but the summer starts then
            "2027-07-14 | Jour férié : Fête nationale",
            "2027-08-31 | Vacances d'été",
    })
    void what_each_day_is(LocalDate date, String label) {
        assertEquals(label, calendar.dayKind(date).label());
    }

    @Test
    void day_kinds_carry_their_names() {
        assertEquals(new DayKind.Holidays("Vacances de Noël"), calendar.dayKind(LocalDate.parse("2026-12-21")));
        assertEquals(new DayKind.PublicHoliday("Lundi de Pâques"), calendar.dayKind(LocalDate.parse("2027-03-29")));
        assertEquals(new DayKind.Closed("Journée pédagogique"), calendar.dayKind(LocalDate.parse("2027-06-11")));
        assertEquals(new DayKind.Weekend(), calendar.dayKind(LocalDate.parse("2026-09-06")));
        assertEquals(new DayKind.SchoolDay(), calendar.dayKind(LocalDate.parse("2026-09-07")));
        assertEquals(new DayKind.OutsideSchoolPeriod(), calendar.dayKind(LocalDate.parse("2026-08-31")));
        assertEquals(Optional.of(Calendars.NOEL), calendar.holidayPeriodOf(LocalDate.parse("2027-01-03")));
        assertEquals(Optional.empty(), calendar.holidayPeriodOf(LocalDate.parse("2027-01-04")));
    }

    @Test
    void a_closure_on_a_holiday_weekday_shows_closed() {
        var closed = calendar.withClosure(new Closure(LocalDate.parse("2026-10-19"), "Désinfection des locaux"));
        assertEquals("Fermé : Désinfection des locaux", closed.dayKind(LocalDate.parse("2026-10-19")).label());
        assertEquals("Vacances de la Toussaint", calendar.dayKind(LocalDate.parse("2026-10-19")).label());
    }

    @Test
    void working_days_ignore_school_holidays_and_closures() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-19")));   // Toussaint holidays
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2027-06-11")));   // closure
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2027-03-29")));  // Easter Monday
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-09-05")));  // Saturday
        assertFalse(Calendars.year2026(PublicHolidays.ALSACE_MOSELLE).isWorkingDay(LocalDate.parse("2027-03-26")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2027-03-26")));   // Good Friday outside Alsace-Moselle
    }

    @Test
    void school_days_of_the_year_counted() {
        // Counted independently (a script over the same data): Mondays 33, Tuesdays 36, Wednesdays 35,
        // Thursdays 35, Fridays 34.
        long schoolDays = calendar.days().stream().filter(calendar::isSchoolDay).count();
        assertEquals(173, schoolDays);
        assertEquals(365, calendar.days().size());
    }

    @Test
    void holidays_are_kept_in_date_order() {
        assertEquals(List.of(Calendars.TOUSSAINT, Calendars.NOEL, Calendars.HIVER, Calendars.PRINTEMPS, Calendars.PONT,
                Calendars.ETE), calendar.holidays());
    }

    @Test
    void overlapping_holidays_are_refused_in_french() {
        var overlapping = Calendars.period("Vacances de la Toussaint bis", "2026-11-01", "2026-11-03");
        var e = assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(Calendars.YEAR, "C",
                LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-03"),
                List.of(Calendars.TOUSSAINT, overlapping), List.of(), PublicHolidays.FRANCE));
        assertEquals("Les périodes « Vacances de la Toussaint » et « Vacances de la Toussaint bis » se chevauchent.", e.getMessage());
    }

    @Test
    void holidays_and_closures_stay_inside_the_school_year() {
        var late = Calendars.period("Vacances d'été", "2027-07-03", "2027-09-01");
        var e = assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(Calendars.YEAR, "C",
                LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-03"), List.of(late), List.of(), PublicHolidays.FRANCE));
        assertEquals("La période « Vacances d'été » doit être dans l'année scolaire 2026-2027 (du 1er septembre au 31 août).", e.getMessage());
        var closure = new Closure(LocalDate.parse("2026-08-31"), "Inventaire");
        e = assertThrows(IllegalArgumentException.class, () -> calendar.withClosure(closure));
        assertEquals("La fermeture du lundi 31 août 2026 doit être dans l'année scolaire 2026-2027.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> calendar.withClosure(Calendars.PEDAGOGIQUE));
        assertEquals("Le vendredi 11 juin 2027 est déjà un jour de fermeture.", e.getMessage());
    }

    @Test
    void classes_run_forwards_inside_the_year() {
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(Calendars.YEAR, "C",
                LocalDate.parse("2027-07-03"), LocalDate.parse("2026-09-01"), List.of(), List.of(), PublicHolidays.FRANCE));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(Calendars.YEAR, "C",
                LocalDate.parse("2025-09-01"), LocalDate.parse("2027-07-03"), List.of(), List.of(), PublicHolidays.FRANCE));
    }

    @Test
    void holiday_periods_need_a_name_and_forward_dates() {
        var e = assertThrows(IllegalArgumentException.class, () -> Calendars.period(" ", "2026-10-17", "2026-11-01"));
        assertEquals(HolidayPeriod.NAME_REQUIRED, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Calendars.period("Toussaint", "2026-11-01", "2026-10-17"));
        assertEquals(HolidayPeriod.ENDS_BEFORE_START, e.getMessage());
        assertEquals(16, Calendars.TOUSSAINT.lengthInDays());
        assertThrows(IllegalArgumentException.class, () -> new Closure(LocalDate.parse("2027-06-11"), ""));
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({"2026-09-01, 2026-2027", "2026-12-31, 2026-2027", "2027-08-31, 2026-2027", "2027-09-01, 2027-2028", "2026-08-31, 2025-2026"})
    void school_years_run_from_september_to_august(LocalDate date, String label) {
        assertEquals(label, SchoolYear.containing(date).label());
        assertEquals(SchoolYear.containing(date), SchoolYear.parse(label));
    }

    @Test
    void school_year_text() {
        assertEquals(SchoolYear.startingIn(2026), SchoolYear.parse(" 2026/2027 "));
        var e = assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2026-2028"));
        assertEquals("Année scolaire invalide : « 2026-2028 ». Écrivez par exemple « 2026-2027 ».", e.getMessage());
        assertEquals(LocalDate.parse("2026-09-01"), Calendars.YEAR.firstDay());
        assertEquals(LocalDate.parse("2027-08-31"), Calendars.YEAR.lastDay());
        assertEquals(SchoolYear.startingIn(2027), Calendars.YEAR.next());
    }

    @Test
    void french_dates() {
        assertEquals("mardi 7 avril 2026", BookingDates.longDate(LocalDate.parse("2026-04-07")));
        assertEquals("jeudi 1er octobre 2026", BookingDates.longDate(LocalDate.parse("2026-10-01")));
        assertEquals("dimanche 16 août 2026", BookingDates.longDate(LocalDate.parse("2026-08-16")));
    }
}
