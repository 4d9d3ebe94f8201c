package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.bookings.DeadlineRule;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link ActivityRepository}: every adapter runs it. */
public abstract class ActivityRepositoryContract {

    protected abstract ActivityRepository repository();

    @Test
    void an_activity_round_trips_with_its_rules_schools_and_levels() {
        var repo = repository();
        var activity = new Activity(0, "Accueil du soir", ActivityKind.ACCUEIL_SOIR, BookingUnit.SESSION,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), BookingFixtures.YEAR, 25, true, DeadlineRule.of("J-0 avant 9h"),
                DeadlineRule.of("avant le 20 du mois précédent"), "REGIE-PERI", "SOIR", Set.of("École Jean Jaurès", "École Pasteur"), Set.of("CP", "CE1"));
        var stored = repo.add(activity);
        assertTrue(stored.id() > 0);
        assertEquals(Optional.of(stored), repo.find(stored.id()));
        assertEquals("avant le 20 du mois précédent", repo.find(stored.id()).orElseThrow().cancellationRule().text());
        assertEquals(Optional.empty(), repo.find(stored.id() + 100));
    }

    @Test
    void an_update_replaces_everything_but_the_id() {
        var repo = repository();
        var stored = repo.add(BookingFixtures.morning());
        var changed = new Activity(stored.id(), "Accueil du matin (7 h 30)", stored.kind(), BookingUnit.HALF_DAY, Set.of(DayOfWeek.TUESDAY),
                stored.schoolYear(), 12, false, DeadlineRule.of("semaine S-2"), DeadlineRule.of("J-1 avant 18h"), "REGIE-2", "MATIN-2",
                Set.of(), Set.of("CM2"));
        repo.update(changed);
        assertEquals(Optional.of(changed), repo.find(stored.id()));
        assertThrows(IllegalArgumentException.class, () -> repo.update(changed.withId(stored.id() + 100)));
    }

    @Test
    void a_year_lists_its_activities_from_morning_to_holidays() {
        var repo = repository();
        var wednesdays = repo.add(BookingFixtures.wednesdays());
        var canteen = repo.add(BookingFixtures.canteen());
        var morning = repo.add(BookingFixtures.morning());
        repo.add(new Activity(0, "Accueil du matin", ActivityKind.ACCUEIL_MATIN, BookingUnit.SESSION, BookingFixtures.SCHOOL_DAYS,
                SchoolYear.startingIn(2027), 30, true, DeadlineRule.of("J-1 avant 18h"), DeadlineRule.of("J-1 avant 18h"), "R", "P", Set.of(), Set.of()));
        assertEquals(List.of(morning, canteen, wednesdays), repo.ofYear(BookingFixtures.YEAR));
    }
}
