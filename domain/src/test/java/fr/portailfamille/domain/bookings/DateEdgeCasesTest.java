package fr.portailfamille.domain.bookings;

import fr.portailfamille.domain.common.TownZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The days where date code goes wrong, with fixed instants: the two nights Paris changes its clocks (last Sundays of
 * March and October), one second either side of midnight, weekends and public holidays (computed for any year,
 * Alsace-Moselle's two more), 29 February and the turn of the year.
 */
class DateEdgeCasesTest {

    private static final String WORKING = " hors week-ends et jours fériés";

    @ParameterizedTest(name = "{0}: last Sunday of March {1}, of October {2}")
    @CsvSource({
            "2026, 2026-03-29, 2026-10-25",
            "2027, 2027-03-28, 2027-10-31",
            "2028, 2028-03-26, 2028-10-29",
    })
    void the_test_dates_are_the_nights_paris_changes_its_clocks(int year, LocalDate spring, LocalDate autumn) {
        ZoneRules rules = TownZone.ZONE.getRules();
        assertEquals(spring, LocalDate.ofInstant(rules.nextTransition(Instant.parse(year + "-01-01T00:00:00Z")).getInstant(), TownZone.ZONE));
        assertEquals(autumn, LocalDate.ofInstant(rules.nextTransition(Instant.parse(year + "-07-01T00:00:00Z")).getInstant(), TownZone.ZONE));
    }

    @ParameterizedTest(name = "«{0}» for {1} ({2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // the spring night (2027-03-28, 2:00 → 3:00): offsets change between the deadline day and the slot
            "J-1 avant 18h | 2027-03-29 | FR | 2027-03-28T18:00+02:00",
            "J-1 avant minuit | 2027-03-29 | FR | 2027-03-29T00:00+02:00",
            "J-3 avant 12h | 2027-03-30 | FR | 2027-03-27T12:00+01:00",            // deadline still in winter time
            "J-0 avant 2h | 2027-03-28 | FR | 2027-03-28T03:00+02:00",             // 2:00 does not exist: 3:00 summer time
            "semaine S-1 | 2027-04-01 | FR | 2027-03-29T00:00+02:00",
            "semaine S-1 | 2027-03-31 | FR | 2027-03-29T00:00+02:00",
            // the autumn night (2027-10-31, 3:00 → 2:00)
            "J-1 avant 18h | 2027-11-01 | FR | 2027-10-31T18:00+01:00",
            "J-0 avant 2h30 | 2027-10-31 | FR | 2027-10-31T02:30+02:00",           // 2:30 happens twice: the first one counts
            "J-0 avant 3h | 2027-10-31 | FR | 2027-10-31T03:00+01:00",
            "J-1 avant minuit | 2026-10-26 | FR | 2026-10-26T00:00+01:00",
            "semaine S-1 | 2027-11-03 | FR | 2027-11-01T00:00+01:00",
            "avant le 28 du mois précédent | 2027-11-15 | FR | 2027-10-28T00:00+02:00",
            // the DST week with Good Friday (2027-03-26) and Easter Monday (2027-03-29)
            "J-1 avant 10h" + WORKING + " | 2027-03-30 | FR | 2027-03-26T10:00+01:00",
            "J-1 avant 10h" + WORKING + " | 2027-03-30 | AM | 2027-03-25T10:00+01:00",
            "J-2 avant 12h" + WORKING + " | 2027-03-31 | AM | 2027-03-25T12:00+01:00",
            // Christmas: 25 and 26 December off in Alsace-Moselle only
            "J-1 avant 12h" + WORKING + " | 2029-12-27 | FR | 2029-12-26T12:00+01:00",
            "J-1 avant 12h" + WORKING + " | 2029-12-27 | AM | 2029-12-24T12:00+01:00",
            // Whit Monday and Ascension of other years
            "J-1 avant 12h" + WORKING + " | 2028-06-06 | FR | 2028-06-02T12:00+02:00",   // Whit Monday 2028-06-05
            "J-1 avant 12h" + WORKING + " | 2028-05-26 | FR | 2028-05-24T12:00+02:00",   // Ascension 2028-05-25
            "J-1 avant 12h" + WORKING + " | 2030-04-23 | FR | 2030-04-19T12:00+02:00",   // Easter Monday 2030-04-22
            "J-1 avant 12h" + WORKING + " | 2030-04-23 | AM | 2030-04-18T12:00+02:00",   // and Good Friday 2030-04-19
            // 29 February 2028
            "J-1 avant 18h | 2028-03-01 | FR | 2028-02-29T18:00+01:00",
            "J-2 avant 12h" + WORKING + " | 2028-03-01 | FR | 2028-02-28T12:00+01:00",
            "J-2 avant 12h" + WORKING + " | 2028-02-29 | FR | 2028-02-25T12:00+01:00",
            "J-1 avant minuit | 2028-02-29 | FR | 2028-02-29T00:00+01:00",
            "semaine S-1 | 2028-03-02 | FR | 2028-02-28T00:00+01:00",
            "avant le 20 du mois précédent | 2028-02-29 | FR | 2028-01-20T00:00+01:00",
            "avant le 28 du mois précédent | 2028-03-31 | FR | 2028-02-28T00:00+01:00",
            "J-30 | 2028-03-30 | FR | 2028-03-01T00:00+01:00",                       // thirty days back over the 29th
            // year end
            "J-2 avant 12h" + WORKING + " | 2028-01-03 | FR | 2027-12-30T12:00+01:00",
            "J-1 avant 18h | 2028-01-01 | FR | 2027-12-31T18:00+01:00",
            "semaine S-2 | 2027-01-01 | FR | 2026-12-21T00:00+01:00",
            "semaine S-1 | 2029-01-01 | FR | 2029-01-01T00:00+01:00",               // Monday 1 January: until the Sunday night before
            "avant le 20 du mois précédent | 2028-01-31 | FR | 2027-12-20T00:00+01:00",
            "J-0 avant 9h | 2027-12-31 | FR | 2027-12-31T09:00+01:00",
    })
    void deadlines_on_the_edges(String rule, LocalDate slot, String region, ZonedDateTime deadline) {
        var holidays = region.equals("AM") ? PublicHolidays.ALSACE_MOSELLE : PublicHolidays.FRANCE;
        var computed = DeadlineRule.of(rule).deadlineFor(slot, holidays);
        assertEquals(deadline.toInstant(), computed.toInstant());
        assertEquals(TownZone.ZONE, computed.getZone());
    }

    @ParameterizedTest(name = "«{0}» for {1}: open at {2}, closed at {3}")
    @CsvSource(delimiter = '|', value = {
            // one second before and at midnight, Paris time, in winter (UTC+1) and summer (UTC+2)
            "J-1 avant minuit | 2026-12-01 | 2026-11-30T22:59:59Z | 2026-11-30T23:00:00Z",
            "J-1 avant minuit | 2027-06-01 | 2027-05-31T21:59:59Z | 2027-05-31T22:00:00Z",
            // across the autumn night the day lasts 25 hours: midnight still comes at 23:00 UTC
            "J-1 avant minuit | 2027-11-01 | 2027-10-31T22:59:59Z | 2027-10-31T23:00:00Z",
            // across the spring night the day lasts 23 hours
            "J-1 avant minuit | 2027-03-29 | 2027-03-28T21:59:59Z | 2027-03-28T22:00:00Z",
            "J-1 avant 18h | 2027-03-29 | 2027-03-28T15:59:59Z | 2027-03-28T16:00:00Z",
            "J-1 avant 18h | 2027-03-28 | 2027-03-27T16:59:59Z | 2027-03-27T17:00:00Z",
            // new year's eve at 23:30 in Paris is still in time for 1 January
            "J-1 avant minuit | 2028-01-01 | 2027-12-31T22:30:00Z | 2027-12-31T23:00:00Z",
            // 29 February at 8:00 in Paris
            "J-0 avant 9h | 2028-02-29 | 2028-02-29T07:59:59Z | 2028-02-29T08:00:00Z",
    })
    void the_deadline_is_exclusive_to_the_second_whatever_the_offset(String rule, LocalDate slot, Instant open, Instant closed) {
        var parsed = DeadlineRule.of(rule);
        assertTrue(parsed.isOpen(slot, open, PublicHolidays.FRANCE));
        assertFalse(parsed.isOpen(slot, closed, PublicHolidays.FRANCE));
    }

    @ParameterizedTest(name = "Easter {1}: Monday {2}, Ascension {3}, Whit Monday {4}")
    @CsvSource({
            "2026, 2026-04-05, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-28, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-16, 2028-04-17, 2028-05-25, 2028-06-05",
            "2029, 2029-04-01, 2029-04-02, 2029-05-10, 2029-05-21",
            "2030, 2030-04-21, 2030-04-22, 2030-05-30, 2030-06-10",
            "2035, 2035-03-25, 2035-03-26, 2035-05-03, 2035-05-14",
            "2038, 2038-04-25, 2038-04-26, 2038-06-03, 2038-06-14",
            "2285, 2285-03-22, 2285-03-23, 2285-04-30, 2285-05-11",   // the earliest possible Easter
    })
    void the_holidays_that_follow_easter_are_computed_for_any_year(int year, LocalDate easter, LocalDate monday, LocalDate ascension,
                                                                    LocalDate whitMonday) {
        assertEquals(easter, PublicHolidays.easterSunday(year));
        assertEquals(Optional.of("Lundi de Pâques"), PublicHolidays.FRANCE.nameOf(monday));
        assertEquals(Optional.of("Ascension"), PublicHolidays.FRANCE.nameOf(ascension));
        assertEquals(Optional.of("Lundi de Pentecôte"), PublicHolidays.FRANCE.nameOf(whitMonday));
        assertEquals(Optional.of("Vendredi saint"), PublicHolidays.ALSACE_MOSELLE.nameOf(easter.minusDays(2)));
        assertEquals(Optional.empty(), PublicHolidays.FRANCE.nameOf(easter.minusDays(2)));
        assertEquals(Optional.of("Saint-Étienne"), PublicHolidays.ALSACE_MOSELLE.nameOf(LocalDate.of(year, 12, 26)));
    }

    @ParameterizedTest(name = "{0} belongs to the school year {1}")
    @CsvSource({
            "2027-08-31, 2026-2027",
            "2027-09-01, 2027-2028",
            "2028-02-29, 2027-2028",
            "2027-12-31, 2027-2028",
            "2028-01-01, 2027-2028",
    })
    void school_years_turn_on_the_first_of_september(LocalDate day, String year) {
        assertEquals(year, SchoolYear.containing(day).label());
    }

    @Test
    void at_half_past_midnight_in_paris_on_the_first_of_september_utc_is_still_in_august() {
        Instant instant = Instant.parse("2027-08-31T22:30:00Z");
        assertEquals(SchoolYear.startingIn(2027), SchoolYear.containing(LocalDate.ofInstant(instant, TownZone.ZONE)));
        assertEquals(SchoolYear.startingIn(2026), SchoolYear.containing(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC)),
                "the reason every «today» is taken in Paris");
    }

    @Test
    void a_slot_on_the_day_after_the_autumn_change_is_booked_until_the_paris_midnight() {
        var activity = Activities.activity(3, "Accueil du soir", ActivityKind.ACCUEIL_SOIR, BookingUnit.SESSION, Activities.SCHOOL_DAYS,
                30, true, "J-1 avant minuit", "J-1 avant minuit");
        var calendar = Calendars.year2026();
        var slot = Slot.open(activity, LocalDate.parse("2026-10-26"), calendar);
        assertFalse(slot.takesPlace(), "the Toussaint holidays: no evening care");
        var schoolDay = Slot.open(activity, LocalDate.parse("2026-11-02"), calendar);
        assertTrue(schoolDay.isBookingOpen(Instant.parse("2026-11-01T22:59:59Z")));
        assertFalse(schoolDay.isBookingOpen(Instant.parse("2026-11-01T23:00:00Z")));
        assertEquals(List.of(), schoolDay.booked());
    }
}
