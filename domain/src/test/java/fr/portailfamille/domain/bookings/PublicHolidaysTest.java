package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2100, 2100-03-28",
            "2285, 2285-03-22",
    })
    void easter_sunday_of_known_years(int year, LocalDate easter) {
        assertEquals(easter, PublicHolidays.easterSunday(year));
    }

    @Test
    void easter_agrees_with_oudins_independent_computus_for_every_gregorian_year_and_is_a_sunday_in_its_window() {
        for (int year = 1583; year < 4100; year++) {
            LocalDate easter = PublicHolidays.easterSunday(year);
            assertEquals(oudin(year), easter, "year " + year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "year " + year);
            var day = MonthDay.from(easter);
            assertFalse(day.isBefore(MonthDay.of(3, 22)) || day.isAfter(MonthDay.of(4, 25)), "year " + year);
        }
    }

    /** Oudin's algorithm (1940), a different formulation of the Gregorian computus, used only to check ours. */
    private static LocalDate oudin(int y) {
        int c = y / 100, g = y % 19;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
        int j = (y + y / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        return LocalDate.of(y, month, l + 28 - 31 * (month / 4));
    }

    @Test
    void the_eleven_french_public_holidays_of_2026() {
        assertEquals(List.of(
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-05-08"), LocalDate.parse("2026-05-14"), LocalDate.parse("2026-05-25"),
                        LocalDate.parse("2026-07-14"), LocalDate.parse("2026-08-15"), LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-11-11"), LocalDate.parse("2026-12-25")),
                List.copyOf(PublicHolidays.FRANCE.inYear(2026).keySet()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-04-01 | Lundi de Pâques",
            "2024-05-09 | Ascension",
            "2024-05-20 | Lundi de Pentecôte",
            "2025-04-21 | Lundi de Pâques",
            "2025-05-29 | Ascension",
            "2025-06-09 | Lundi de Pentecôte",
            "2027-03-29 | Lundi de Pâques",
            "2027-05-06 | Ascension",
            "2027-05-17 | Lundi de Pentecôte",
            "2038-04-26 | Lundi de Pâques",
            "2038-06-03 | Ascension",
            "2038-06-14 | Lundi de Pentecôte",
            "2027-01-01 | Jour de l'an",
            "2027-05-01 | Fête du Travail",
            "2027-05-08 | Victoire 1945",
            "2027-07-14 | Fête nationale",
            "2027-08-15 | Assomption",
            "2026-11-01 | Toussaint",
            "2026-11-11 | Armistice 1918",
            "2026-12-25 | Noël",
            "2008-05-01 | Fête du Travail et Ascension",
    })
    void named_public_holidays(LocalDate date, String name) {
        assertEquals(Optional.of(name), PublicHolidays.FRANCE.nameOf(date));
        assertTrue(PublicHolidays.FRANCE.isPublicHoliday(date));
        assertFalse(PublicHolidays.FRANCE.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} is not a public holiday in France")
    @CsvSource({"2026-04-05", "2026-04-03", "2026-12-26", "2025-12-26", "2026-04-07", "2026-05-24", "2027-03-26"})
    void easter_sunday_pentecost_good_friday_and_boxing_day_are_not_french_holidays(LocalDate date) {
        assertEquals(Optional.empty(), PublicHolidays.FRANCE.nameOf(date));
    }

    @Test
    void alsace_moselle_adds_good_friday_and_saint_stephen() {
        var am = PublicHolidays.ALSACE_MOSELLE;
        assertEquals(Optional.of("Vendredi saint"), am.nameOf(LocalDate.parse("2026-04-03")));
        assertEquals(Optional.of("Vendredi saint"), am.nameOf(LocalDate.parse("2027-03-26")));
        assertEquals(Optional.of("Saint-Étienne"), am.nameOf(LocalDate.parse("2025-12-26")));
        assertEquals(13, am.inYear(2026).size());
        assertEquals(11, PublicHolidays.FRANCE.inYear(2026).size());
        assertTrue(am.inYear(2026).keySet().containsAll(PublicHolidays.FRANCE.inYear(2026).keySet()));
        assertFalse(am.isWorkingDay(LocalDate.parse("2025-12-26")));
        assertTrue(PublicHolidays.FRANCE.isWorkingDay(LocalDate.parse("2025-12-26")));
        assertEquals(am, PublicHolidays.of(true));
        assertEquals(PublicHolidays.FRANCE, PublicHolidays.of(false));
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2026-09-18, true",   // Friday
            "2026-09-19, false",  // Saturday
            "2026-09-20, false",  // Sunday
            "2026-09-21, true",   // Monday
            "2026-04-06, false",  // Easter Monday
            "2026-04-07, true",
    })
    void working_days_are_weekdays_that_are_not_public_holidays(LocalDate date, boolean working) {
        assertEquals(working, PublicHolidays.FRANCE.isWorkingDay(date));
    }

    @Test
    void before_the_gregorian_calendar_there_is_no_computus() {
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.easterSunday(1582));
    }
}
