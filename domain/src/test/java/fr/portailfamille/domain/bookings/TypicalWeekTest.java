package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypicalWeekTest {

    @org.junit.jupiter.api.Test
    void the_parity_of_weeks_is_explained_with_their_dates() {
        // Saturday 5 December 2026 is in ISO week 49 (odd): the next Monday, 7 December, starts week 50 (even)
        assertEquals("Les semaines sont numérotées comme dans les agendas (numéro ISO). Semaines paires : celles du lundi 7 décembre 2026, "
                + "du lundi 21 décembre 2026… ; impaires : celles du lundi 30 novembre 2026, du lundi 14 décembre 2026…",
                Periodicity.parityInWords(java.time.LocalDate.parse("2026-12-05")));
    }

    private static final SchoolCalendar CALENDAR = Calendars.year2026();
    private static final LocalDate YEAR_START = LocalDate.parse("2026-09-01");
    private static final LocalDate YEAR_END = LocalDate.parse("2027-08-31");
    private static final Set<DayOfWeek> ALL_DAYS = Set.of(DayOfWeek.values());

    private static TypicalWeek week(Activity activity, List<Long> persons, String from, String to, Periodicity periodicity,
                                    Set<DayOfWeek> days) {
        var input = TypicalWeek.check(activity, persons, LocalDate.parse(from), LocalDate.parse(to), periodicity, days);
        return assertInstanceOf(TypicalWeekInput.Valid.class, input).typicalWeek();
    }

    @org.junit.jupiter.api.Test
    void the_chosen_days_without_activity_are_named_not_skipped_silently() {
        // Toussaint holidays: Monday 19 and 26 October 2026 are chosen but the morning does not run
        var input = TypicalWeek.check(ActivityTest.activityNamed("MATIN"), List.of(7L), LocalDate.parse("2026-10-12"), LocalDate.parse("2026-11-02"),
                Periodicity.EVERY_WEEK, Set.of(MONDAY));
        var week = assertInstanceOf(TypicalWeekInput.Valid.class, input).typicalWeek();
        assertEquals(List.of(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-10-26")), week.daysWithoutActivity(CALENDAR));
        assertEquals(List.of(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-11-02")), week.dates(CALENDAR));
    }

    @ParameterizedTest(name = "{0} {3} on {4}, {1} → {2}: {5} dates")
    @CsvSource({
            // Counted independently by a script over the same calendar data.
            "MATIN,    2026-09-01, 2027-08-31, EVERY_WEEK,            MONDAY;TUESDAY;THURSDAY;FRIDAY, 138",
            "MATIN,    2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_EVEN, MONDAY;TUESDAY;THURSDAY;FRIDAY, 68",
            "MATIN,    2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_ODD,  MONDAY;TUESDAY;THURSDAY;FRIDAY, 70",
            "MATIN,    2026-09-01, 2027-08-31, EVERY_WEEK,            MONDAY;TUESDAY;WEDNESDAY;THURSDAY;FRIDAY;SATURDAY;SUNDAY, 138",
            "MERCREDI, 2026-09-01, 2027-08-31, EVERY_WEEK,            WEDNESDAY, 35",
            "MERCREDI, 2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_EVEN, WEDNESDAY, 17",
            "MERCREDI, 2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_ODD,  WEDNESDAY, 18",
            "VACANCES, 2026-09-01, 2027-08-31, EVERY_WEEK,            MONDAY;TUESDAY;WEDNESDAY;THURSDAY;FRIDAY, 80",
            "VACANCES, 2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_EVEN, MONDAY;TUESDAY;WEDNESDAY;THURSDAY;FRIDAY, 39",
            "VACANCES, 2026-09-01, 2027-08-31, EVERY_OTHER_WEEK_ODD,  MONDAY;TUESDAY;WEDNESDAY;THURSDAY;FRIDAY, 41",
            "MATIN,    2026-11-01, 2026-11-30, EVERY_WEEK,            TUESDAY;THURSDAY, 8",
            "MATIN,    2026-09-01, 2026-10-31, EVERY_OTHER_WEEK_ODD,  MONDAY, 3",
            "MATIN,    2026-09-17, 2026-09-17, EVERY_WEEK,            THURSDAY, 1",
            "MATIN,    2026-10-19, 2026-10-23, EVERY_WEEK,            MONDAY;TUESDAY, 0",   // Toussaint holidays
    })
    void dates_over_a_period(String activity, LocalDate from, LocalDate to, Periodicity periodicity, String days, int count) {
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (String d : days.split(";")) weekdays.add(DayOfWeek.valueOf(d));
        var input = TypicalWeek.check(ActivityTest.activityNamed(activity), List.of(7L), from, to, periodicity, weekdays);
        var week = assertInstanceOf(TypicalWeekInput.Valid.class, input).typicalWeek();
        List<LocalDate> dates = week.dates(CALENDAR);
        assertEquals(count, dates.size());
        for (LocalDate date : dates) {
            assertTrue(periodicity.matches(date) && weekdays.contains(date.getDayOfWeek()), date.toString());
            assertTrue(week.activity().runsOn(date, CALENDAR), date.toString());
        }
    }

    @Test
    void the_dates_of_a_short_period_one_by_one() {
        var week = week(Activities.MATIN, List.of(7L), "2026-10-12", "2026-11-06", Periodicity.EVERY_WEEK, Set.of(MONDAY, THURSDAY));
        // Toussaint holidays from 17 October to 1 November; 5 November is a Thursday of school.
        assertEquals(List.of(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-15"),
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-05")), week.dates(CALENDAR));
    }

    @Test
    void week_53_and_the_next_week_1_are_both_odd() {
        assertTrue(Periodicity.EVERY_OTHER_WEEK_EVEN.matches(LocalDate.parse("2026-12-21")));  // week 52
        assertTrue(Periodicity.EVERY_OTHER_WEEK_ODD.matches(LocalDate.parse("2026-12-28")));   // week 53
        assertTrue(Periodicity.EVERY_OTHER_WEEK_ODD.matches(LocalDate.parse("2027-01-04")));   // week 1
        assertTrue(Periodicity.EVERY_OTHER_WEEK_EVEN.matches(LocalDate.parse("2027-01-11")));  // week 2
        var christmas = week(Activities.VACANCES, List.of(7L), "2026-12-19", "2027-01-10", Periodicity.EVERY_OTHER_WEEK_ODD,
                Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY));
        assertEquals(List.of(LocalDate.parse("2026-12-28"), LocalDate.parse("2026-12-29"), LocalDate.parse("2026-12-30"),
                LocalDate.parse("2026-12-31")), christmas.dates(CALENDAR));
        var matin = week(Activities.MATIN, List.of(7L), "2026-12-19", "2027-01-17", Periodicity.EVERY_OTHER_WEEK_ODD, ALL_DAYS);
        assertEquals(List.of(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-07"),
                LocalDate.parse("2027-01-08")), matin.dates(CALENDAR));
    }

    @Test
    void parity_alternates_week_by_week_elsewhere() {
        for (LocalDate monday = LocalDate.parse("2027-01-04"); monday.isBefore(LocalDate.parse("2027-12-27")); monday = monday.plusWeeks(1)) {
            boolean odd = Periodicity.EVERY_OTHER_WEEK_ODD.matches(monday);
            assertEquals(!odd, Periodicity.EVERY_OTHER_WEEK_EVEN.matches(monday));
            assertEquals(odd, !Periodicity.EVERY_OTHER_WEEK_ODD.matches(monday.plusWeeks(1)), monday.toString());
            assertEquals(odd, Periodicity.EVERY_OTHER_WEEK_ODD.matches(monday.plusDays(6)), "same week until Sunday");
        }
    }

    @Test
    void two_children_four_activities_a_whole_year() {
        List<TypicalWeek.Candidate> all = new ArrayList<>();
        for (Activity activity : List.of(Activities.MATIN, Activities.CANTINE, Activities.SOIR, Activities.MERCREDI)) {
            var candidates = week(activity, List.of(7L, 8L), "2026-09-01", "2027-08-31", Periodicity.EVERY_WEEK, ALL_DAYS).expand(CALENDAR);
            assertEquals(2 * activity.slotDates(CALENDAR).size(), candidates.size(), activity.name());
            all.addAll(candidates);
        }
        assertEquals(2 * (138 * 3 + 35), all.size()); // 898: the «~800 slots» of a school year for two children
        var first = week(Activities.MATIN, List.of(8L, 7L), "2026-09-01", "2026-09-04", Periodicity.EVERY_WEEK, ALL_DAYS).expand(CALENDAR);
        assertEquals(List.of(
                new TypicalWeek.Candidate(8, LocalDate.parse("2026-09-01")), new TypicalWeek.Candidate(7, LocalDate.parse("2026-09-01")),
                new TypicalWeek.Candidate(8, LocalDate.parse("2026-09-03")), new TypicalWeek.Candidate(7, LocalDate.parse("2026-09-03")),
                new TypicalWeek.Candidate(8, LocalDate.parse("2026-09-04")), new TypicalWeek.Candidate(7, LocalDate.parse("2026-09-04"))),
                first);
    }

    @Test
    void expansion_walks_the_period_once() {
        // 500 whole-year expansions for two children take well under a second when each day costs O(1); anything
        // that rescans the year for every day (O(days²)) takes minutes and fails here.
        var week = week(Activities.MATIN, List.of(7L, 8L), "2026-09-01", "2027-08-31", Periodicity.EVERY_WEEK, ALL_DAYS);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 500; i++) assertEquals(276, week.expand(CALENDAR).size());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no activity           | Choisissez une activité.",
            "no person             | Choisissez au moins une personne concernée.",
            "no from               | Indiquez la date de début (« Du »).",
            "no to                 | Indiquez la date de fin (« Au »).",
            "from after to         | La date de début (« Du ») doit être avant la date de fin (« Au ») ou le même jour.",
            "outside the year      | Les dates doivent être dans l'année scolaire 2026-2027 de l'activité, du mardi 1er septembre 2026 au mardi 31 août 2027.",
            "no periodicity        | Choisissez une périodicité.",
            "no weekday            | Choisissez au moins un jour de la semaine.",
            "weekend only          | L'activité « Accueil du matin » n'a lieu que le lundi, mardi, jeudi, vendredi : choisissez au moins un de ces jours.",
    })
    void each_mistake_has_its_french_error(String mistake, String error) {
        Activity activity = Activities.MATIN;
        List<Long> persons = List.of(7L);
        LocalDate from = LocalDate.parse("2026-09-01");
        LocalDate to = LocalDate.parse("2026-12-18");
        Periodicity periodicity = Periodicity.EVERY_WEEK;
        Set<DayOfWeek> days = Set.of(MONDAY);
        switch (mistake) {
            case "no activity" -> activity = null;
            case "no person" -> persons = List.of();
            case "no from" -> from = null;
            case "no to" -> to = null;
            case "from after to" -> from = LocalDate.parse("2026-12-19");
            case "outside the year" -> from = LocalDate.parse("2026-08-24");
            case "no periodicity" -> periodicity = null;
            case "no weekday" -> days = Set.of();
            case "weekend only" -> days = Set.of(SATURDAY, SUNDAY);
            default -> throw new IllegalArgumentException(mistake);
        }
        var input = TypicalWeek.check(activity, persons, from, to, periodicity, days);
        assertEquals(new TypicalWeekInput.Invalid(List.of(error)), input);
    }

    @Test
    void a_period_past_the_end_of_the_school_year_stops_on_31_august_and_says_so() {
        var input = assertInstanceOf(TypicalWeekInput.Valid.class, TypicalWeek.check(Activities.VACANCES, List.of(7L),
                LocalDate.parse("2027-08-23"), LocalDate.parse("2027-09-10"), Periodicity.EVERY_WEEK, Set.of(MONDAY, TUESDAY, THURSDAY)));
        assertEquals(LocalDate.parse("2027-08-31"), input.typicalWeek().to());
        assertEquals(java.util.Optional.of("La semaine type s'arrête le mardi 31 août 2027, dernier jour de l'année scolaire 2026-2027 de l'activité "
                + "« Centre de loisirs » : les jours suivants relèvent de l'année scolaire 2027-2028, réservez-les sur ses activités."), input.notice());
        assertEquals(List.of(LocalDate.parse("2027-08-23"), LocalDate.parse("2027-08-24"), LocalDate.parse("2027-08-26"),
                LocalDate.parse("2027-08-30"), LocalDate.parse("2027-08-31")), input.typicalWeek().dates(CALENDAR));
        assertEquals(java.util.Optional.empty(), assertInstanceOf(TypicalWeekInput.Valid.class, TypicalWeek.check(Activities.VACANCES, List.of(7L),
                LocalDate.parse("2027-08-23"), LocalDate.parse("2027-08-31"), Periodicity.EVERY_WEEK, Set.of(MONDAY))).notice());
    }

    @Test
    void an_empty_form_lists_every_missing_field_in_the_forms_order() {
        var input = TypicalWeek.check(null, null, null, null, null, null);
        assertEquals(new TypicalWeekInput.Invalid(List.of(TypicalWeek.ACTIVITY_REQUIRED, TypicalWeek.PERSONS_REQUIRED,
                TypicalWeek.FROM_REQUIRED, TypicalWeek.TO_REQUIRED, TypicalWeek.PERIODICITY_REQUIRED,
                TypicalWeek.WEEKDAYS_REQUIRED)), input);
    }

    @Test
    void persons_are_kept_once_in_the_order_chosen() {
        var week = week(Activities.MATIN, List.of(8L, 7L, 8L), "2026-09-01", "2026-09-30", Periodicity.EVERY_WEEK, Set.of(MONDAY));
        assertEquals(List.of(8L, 7L), week.personIds());
        assertEquals(Set.of(MONDAY), week.weekdays());
        assertThrows(IllegalArgumentException.class, () -> new TypicalWeek(Activities.MATIN, List.of(7L),
                LocalDate.parse("2026-09-30"), LocalDate.parse("2026-09-01"), Periodicity.EVERY_WEEK, Set.of(MONDAY)));
    }

    @Test
    void periodicities_speak_french() {
        assertEquals(List.of("Toutes les semaines", "Une semaine sur deux (semaines paires)", "Une semaine sur deux (semaines impaires)"),
                Arrays.stream(Periodicity.values()).map(Periodicity::label).toList());
        assertEquals(YEAR_START, SchoolYear.startingIn(2026).firstDay());
        assertEquals(YEAR_END, SchoolYear.startingIn(2026).lastDay());
    }
}
