package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTest {

    private final SchoolCalendar calendar = Calendars.year2026();

    @Test
    void kinds_have_french_labels_and_families() {
        assertEquals("Accueil du matin", ActivityKind.ACCUEIL_MATIN.label());
        assertEquals("Restauration scolaire", ActivityKind.RESTAURATION_SCOLAIRE.label());
        assertEquals("Accueil du soir", ActivityKind.ACCUEIL_SOIR.label());
        assertEquals("Accueil de loisirs du mercredi", ActivityKind.MERCREDI.label());
        assertEquals("Accueil de loisirs des vacances", ActivityKind.VACANCES.label());
        for (var kind : ActivityKind.values()) {
            assertEquals(kind == ActivityKind.VACANCES ? ActivityFamily.EXTRASCOLAIRE : ActivityFamily.PERISCOLAIRE, kind.family());
        }
        assertEquals("Périscolaire", ActivityFamily.PERISCOLAIRE.label());
        assertEquals("Extrascolaire", ActivityFamily.EXTRASCOLAIRE.label());
    }

    @Test
    void units_have_french_labels() {
        assertEquals("Journée", BookingUnit.DAY.label());
        assertEquals("Journée avec repas", BookingUnit.DAY_WITH_MEAL.label());
        assertEquals("Demi-journée", BookingUnit.HALF_DAY.label());
        assertEquals("Demi-journée avec repas", BookingUnit.HALF_DAY_WITH_MEAL.label());
        assertTrue(BookingUnit.HALF_DAY_WITH_MEAL.halfDay() && BookingUnit.HALF_DAY_WITH_MEAL.withMeal());
        assertFalse(BookingUnit.DAY.halfDay() || BookingUnit.DAY.withMeal());
        assertEquals("Repas", BookingUnit.MEAL.label());
        assertEquals("Séance", BookingUnit.SESSION.label());
    }

    @ParameterizedTest(name = "{0} runs on {1}: {2}")
    @CsvSource({
            "MATIN, 2026-09-01, true",      // rentrée, Tuesday
            "MATIN, 2026-09-02, false",     // Wednesday: not one of its days
            "MATIN, 2026-09-05, false",     // Saturday
            "MATIN, 2026-10-19, false",     // Toussaint holidays
            "MATIN, 2026-11-11, false",     // Armistice
            "MATIN, 2027-03-29, false",     // Easter Monday
            "MATIN, 2027-03-30, true",
            "MATIN, 2027-05-07, false",     // Ascension bridge
            "MATIN, 2027-06-11, false",     // closure
            "MATIN, 2027-07-02, true",
            "MATIN, 2027-07-05, false",     // summer
            "MERCREDI, 2026-09-02, true",
            "MERCREDI, 2026-10-21, false",  // Wednesday of the Toussaint holidays: that is VACANCES
            "VACANCES, 2026-10-21, true",
            "VACANCES, 2026-10-24, false",  // Saturday in the holidays: not one of its days
            "VACANCES, 2026-11-02, false",  // back to school
            "VACANCES, 2026-12-25, false",  // Christmas
            "VACANCES, 2027-07-14, false",  // Fête nationale
            "VACANCES, 2027-07-15, true",
            "VACANCES, 2027-08-31, true",
    })
    void runs_on(String activity, LocalDate date, boolean runs) {
        assertEquals(runs, activityNamed(activity).runsOn(date, calendar));
    }

    @Test
    void slot_dates_over_the_school_year() {
        // Counted independently by a script over the same calendar data.
        assertEquals(138, Activities.MATIN.slotDates(calendar).size());
        assertEquals(35, Activities.MERCREDI.slotDates(calendar).size());
        assertEquals(80, Activities.VACANCES.slotDates(calendar).size());
        var matin = Activities.MATIN.slotDates(calendar);
        assertEquals(LocalDate.parse("2026-09-01"), matin.getFirst());
        assertEquals(LocalDate.parse("2027-07-02"), matin.getLast());
        assertEquals(LocalDate.parse("2026-10-19"), Activities.VACANCES.slotDates(calendar).getFirst());
        assertFalse(matin.contains(LocalDate.parse("2027-03-29")));
    }

    @Test
    void slots_start_empty_at_the_default_capacity() {
        List<Slot> slots = Activities.MERCREDI.slots(calendar);
        assertEquals(35, slots.size());
        for (Slot slot : slots) {
            assertEquals(40, slot.capacity());
            assertTrue(slot.booked().isEmpty() && slot.waiting().isEmpty());
            assertFalse(slot.isClosed());
            assertEquals(DayOfWeek.WEDNESDAY, slot.date().getDayOfWeek());
        }
    }

    @Test
    void a_calendar_of_another_year_is_a_programming_error() {
        var other = new SchoolCalendar(SchoolYear.startingIn(2027), "C", LocalDate.parse("2027-09-01"),
                LocalDate.parse("2028-07-01"), List.of(), List.of(), PublicHolidays.FRANCE);
        assertThrows(IllegalArgumentException.class, () -> Activities.MATIN.slotDates(other));
    }

    @Test
    void words_for_parents() {
        assertEquals("lundi, mardi, jeudi, vendredi", Activities.MATIN.weekdaysInWords());
        assertEquals("Réservation au plus tard 2 jours ouvrés avant, avant 12 h (hors week-ends et jours fériés)",
                Activities.MATIN.bookingRuleInWords());
        assertEquals("Annulation au plus tard la veille, avant 18 h", Activities.CANTINE.cancellationRuleInWords());
    }

    @Test
    void target_schools_and_levels() {
        var cp = new Activity(9, "Études surveillées", ActivityKind.ACCUEIL_SOIR, BookingUnit.SESSION, Set.of(DayOfWeek.MONDAY),
                Calendars.YEAR, 15, false, DeadlineRule.of("J-1 avant 18h"), DeadlineRule.of("J-1 avant 18h"),
                "REGIE-ENFANCE", "ETUDE", Set.of("École Jean Jaurès"), Set.of("CE2", "CM1", "CM2"));
        assertTrue(cp.isFor("École Jean Jaurès", "CM1"));
        assertFalse(cp.isFor("École Pasteur", "CM1"));
        assertFalse(cp.isFor("École Jean Jaurès", "CP"));
        assertFalse(cp.isFor("", "CM1"), "a child without a school is not in a targeted school");
        assertFalse(cp.isFor("École Jean Jaurès", null));
        assertTrue(Activities.MATIN.isFor("École Pasteur", "PS"));
        assertTrue(Activities.MATIN.isFor("", null));
        assertEquals("CE2, CM1, CM2 – École Jean Jaurès", cp.targetInWords());
        assertEquals("", Activities.MATIN.targetInWords());
    }

    @Test
    void an_activity_runs_on_some_weekday_and_has_places() {
        assertThrows(IllegalArgumentException.class, () -> Activities.activity(9, "Vide", ActivityKind.MERCREDI,
                BookingUnit.DAY, Set.of(), 10, true, "J-1 avant 18h", "J-1 avant 18h"));
        assertThrows(IllegalArgumentException.class, () -> Activities.activity(9, "Sans place", ActivityKind.MERCREDI,
                BookingUnit.DAY, Set.of(DayOfWeek.WEDNESDAY), 0, true, "J-1 avant 18h", "J-1 avant 18h"));
        assertEquals(12, Activities.MATIN.withId(12).id());
    }

    static Activity activityNamed(String name) {
        return switch (name) {
            case "MATIN" -> Activities.MATIN;
            case "CANTINE" -> Activities.CANTINE;
            case "SOIR" -> Activities.SOIR;
            case "MERCREDI" -> Activities.MERCREDI;
            case "VACANCES" -> Activities.VACANCES;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
