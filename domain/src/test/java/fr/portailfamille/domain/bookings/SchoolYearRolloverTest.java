package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preparing the next school year: its calendar skeleton, its activities, the day its enrolments open. */
class SchoolYearRolloverTest {

    @Test
    void the_skeleton_keeps_zone_and_public_holidays_and_proposes_the_school_period() {
        var next = Calendars.year2026(PublicHolidays.ALSACE_MOSELLE).nextYearSkeleton();
        assertEquals(SchoolYear.startingIn(2027), next.schoolYear());
        assertEquals("C", next.zone());
        assertEquals(PublicHolidays.ALSACE_MOSELLE, next.publicHolidays());
        assertEquals(LocalDate.parse("2027-09-01"), next.firstDayOfClasses(), "Wednesday 1 September 2027");
        assertEquals(LocalDate.parse("2028-07-01"), next.lastDayOfClasses(), "a Saturday, as 3 July 2027");
        assertEquals(List.of(), next.holidays());
        assertEquals(List.of(), next.closures());
    }

    @ParameterizedTest(name = "after {0}-{1}: classes from {2}")
    @CsvSource({
            "2027-09-01, 2028-07-01, 2028-09-01",   // Friday
            "2028-09-01, 2029-06-30, 2029-09-03",   // 1 September 2029 is a Saturday: Monday 3
            "2029-09-03, 2030-07-06, 2030-09-02",   // Sunday 1 September 2030: Monday 2
    })
    void the_rentree_is_proposed_on_the_first_weekday_of_september(LocalDate first, LocalDate last, LocalDate proposed) {
        var calendar = new SchoolCalendar(SchoolYear.containing(first), "A", first, last, List.of(), List.of(), PublicHolidays.FRANCE);
        var next = calendar.nextYearSkeleton();
        assertEquals(proposed, next.firstDayOfClasses());
        assertEquals(last.plusWeeks(52), next.lastDayOfClasses());
    }

    @Test
    void an_activity_is_copied_to_another_year_with_its_rules_and_targets() {
        var activity = new Activity(3, "Restauration scolaire", ActivityKind.RESTAURATION_SCOLAIRE, BookingUnit.MEAL, Activities.SCHOOL_DAYS,
                Calendars.YEAR, 120, false, DeadlineRule.of("J-1 avant 18h"), DeadlineRule.of("semaine S-1"), "REGIE", "CANTINE",
                java.util.Set.of("École Jean Jaurès"), java.util.Set.of("CP", "CE1"));
        var copy = activity.forYear(SchoolYear.startingIn(2027));
        assertEquals(0, copy.id());
        assertEquals(SchoolYear.startingIn(2027), copy.schoolYear());
        assertEquals(activity, copy.forYear(Calendars.YEAR).withId(3), "nothing else changes");
    }

    @ParameterizedTest(name = "opening {0}: open on {1}? {2}")
    @CsvSource({
            "2027-06-15, 2027-06-14, false",
            "2027-06-15, 2027-06-15, true",
            "2027-06-15, 2027-09-01, true",
    })
    void enrolments_open_on_the_chosen_day(LocalDate opening, LocalDate today, boolean open) {
        assertEquals(open, EnrolmentOpening.on(SchoolYear.startingIn(2027), opening).isOpenOn(today));
    }

    @Test
    void parents_read_from_when_or_that_the_day_is_to_come() {
        var year = SchoolYear.startingIn(2027);
        assertEquals("Les inscriptions pour l'année scolaire 2027-2028 ouvrent le mardi 15 juin 2027 : vous pourrez inscrire vos enfants "
                + "et réserver à partir de ce jour.", EnrolmentOpening.on(year, LocalDate.parse("2027-06-15")).closedReason());
        assertEquals("Les inscriptions pour l'année scolaire 2027-2028 ne sont pas encore ouvertes : la mairie annoncera leur date d'ouverture.",
                EnrolmentOpening.undecided(year).closedReason());
        assertFalse(EnrolmentOpening.undecided(year).isOpenOn(LocalDate.parse("2028-01-01")));
        var late = assertThrows(IllegalArgumentException.class, () -> EnrolmentOpening.on(year, LocalDate.parse("2028-09-01")));
        assertEquals("La date d'ouverture des inscriptions doit précéder la fin de l'année scolaire 2027-2028 (le jeudi 31 août 2028).", late.getMessage());
    }

    // ---- the ministry's open data

    static final SchoolYear Y2027 = SchoolYear.startingIn(2027);

    static OfficialSchoolHolidays.Row row(long line, String description, String population, String start, String end, String zones, String year) {
        return new OfficialSchoolHolidays.Row(line, description, population, start, end, zones, year);
    }

    static final List<OfficialSchoolHolidays.Row> FILE = List.of(
            row(2, "Vacances de la Toussaint", "-", "2027-10-23T00:00:00+02:00", "2027-11-08T00:00:00+01:00", "Zone C", "2027-2028"),
            row(3, "Vacances de la Toussaint", "-", "2027-10-23T00:00:00+02:00", "2027-11-08T00:00:00+01:00", "Zone C", "2027-2028"),   // another académie
            row(4, "Vacances de Noël", "-", "2027-12-18T00:00:00+01:00", "2028-01-03T00:00:00+01:00", "Zone C", "2027-2028"),
            row(5, "Vacances d'Hiver", "-", "2028-02-12T00:00:00+01:00", "2028-02-28T00:00:00+01:00", "Zone C", "2027-2028"),
            row(6, "Vacances d'Hiver", "-", "2028-02-19T00:00:00+01:00", "2028-03-06T00:00:00+01:00", "Zone A", "2027-2028"),
            row(7, "Vacances de Printemps", "Élèves", "2028-04-07T22:00:00+00:00", "2028-04-23T22:00:00+00:00", "Zone C", "2027-2028"),   // UTC stamps
            row(8, "Pont de l'Ascension", "-", "2028-05-25T00:00:00+02:00", "2028-05-29T00:00:00+02:00", "Zone C", "2027-2028"),
            row(9, "Vacances d'Été", "-", "2028-07-01T00:00:00+02:00", "2028-09-01T00:00:00+02:00", "Zone C", "2027-2028"),
            row(10, "Rentrée scolaire des enseignants", "Enseignants", "2027-08-31T00:00:00+02:00", "2027-09-01T00:00:00+02:00", "Zone C", "2027-2028"),
            row(11, "Vacances d'Été", "-", "2027-07-03T00:00:00+02:00", "2027-09-01T00:00:00+02:00", "Zone C", "2026-2027"));

    @Test
    void the_periods_of_the_towns_zone_and_year_with_the_day_before_the_reprise_as_last_day() {
        var read = assertInstanceOf(OfficialSchoolHolidays.Result.Periods.class, OfficialSchoolHolidays.read(FILE, "C", Y2027));
        assertEquals(List.of(
                new HolidayPeriod("Vacances de la Toussaint", LocalDate.parse("2027-10-23"), LocalDate.parse("2027-11-07")),
                new HolidayPeriod("Vacances de Noël", LocalDate.parse("2027-12-18"), LocalDate.parse("2028-01-02")),
                new HolidayPeriod("Vacances d'Hiver", LocalDate.parse("2028-02-12"), LocalDate.parse("2028-02-27")),
                new HolidayPeriod("Vacances de Printemps", LocalDate.parse("2028-04-08"), LocalDate.parse("2028-04-23")),
                new HolidayPeriod("Pont de l'Ascension", LocalDate.parse("2028-05-25"), LocalDate.parse("2028-05-28")),
                new HolidayPeriod("Vacances d'Été", LocalDate.parse("2028-07-01"), LocalDate.parse("2028-08-31"))), read.periods());
        assertEquals(3, read.ignored(), "zone A, the teachers, the year before");
        var calendar = Calendars.year2026().nextYearSkeleton().withHolidays(read.periods());
        assertTrue(calendar.dayKind(LocalDate.parse("2028-08-31")) instanceof DayKind.Holidays);
        assertTrue(calendar.isSchoolDay(LocalDate.parse("2027-11-08")), "the reprise is a school day");
    }

    @ParameterizedTest(name = "zone «{0}»")
    @CsvSource({"C", "Zone C", "zone c", "  ZONE C "})
    void the_zone_is_matched_however_the_town_wrote_it(String zone) {
        assertInstanceOf(OfficialSchoolHolidays.Result.Periods.class, OfficialSchoolHolidays.read(FILE, zone, Y2027));
    }

    @Test
    void every_bad_row_is_reported_with_its_line() {
        var rows = List.of(
                row(2, "Vacances de la Toussaint", "-", "23/10/2027", "2027-11-08T00:00:00+01:00", "Zone C", "2027-2028"),
                row(3, "", "-", "2027-12-18T00:00:00+01:00", "2028-01-03T00:00:00+01:00", "Zone C", "2027-2028"),
                row(4, "Vacances d'Hiver", "-", "2028-02-28T00:00:00+01:00", "2028-02-12T00:00:00+01:00", "Zone C", "2027-2028"),
                row(5, "Vacances de Printemps", "-", "2028-04-08T00:00:00+02:00", "2028-04-24T00:00:00+02:00", "", "2027-2028"),
                row(6, "Vacances d'Été", "-", "2028-09-02T00:00:00+02:00", "2028-10-01T00:00:00+02:00", "Zone C", "2027-2028"));
        var invalid = assertInstanceOf(OfficialSchoolHolidays.Result.Invalid.class, OfficialSchoolHolidays.read(rows, "C", Y2027));
        assertEquals(List.of(
                "Ligne 2 : date illisible « 23/10/2027 » (colonne « Date de début ») ; le fichier officiel l'écrit par exemple 2027-10-23T00:00:00+02:00.",
                "Ligne 3 : la colonne « Description » est vide.",
                "Ligne 4 : la date de fin (reprise des cours, samedi 12 février 2028) doit être après la date de début (lundi 28 février 2028).",
                "Ligne 5 : la colonne « Zones » est vide.",
                "Ligne 6 : la période « Vacances d'Été » (du samedi 2 septembre 2028 au jeudi 31 août 2028) n'est pas dans l'année scolaire 2027-2028."),
                invalid.errors());
    }

    @Test
    void a_file_without_the_zone_or_year_says_what_it_holds() {
        var invalid = assertInstanceOf(OfficialSchoolHolidays.Result.Invalid.class, OfficialSchoolHolidays.read(FILE, "B", Y2027));
        assertEquals(List.of("Le fichier ne contient aucune période de vacances de la zone B pour l'année scolaire 2027-2028 (zones présentes : Zone A, Zone C)."),
                invalid.errors());
        assertEquals(Optional.of("Le fichier ne contient aucune période de vacances de la zone C pour l'année scolaire 2029-2030."),
                assertInstanceOf(OfficialSchoolHolidays.Result.Invalid.class, OfficialSchoolHolidays.read(FILE, "C", SchoolYear.startingIn(2029)))
                        .errors().stream().findFirst());
    }
}
