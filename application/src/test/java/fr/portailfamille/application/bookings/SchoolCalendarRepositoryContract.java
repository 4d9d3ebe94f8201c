package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link SchoolCalendarRepository}. */
public abstract class SchoolCalendarRepositoryContract {

    protected abstract SchoolCalendarRepository repository();

    @Test
    void a_calendar_round_trips_with_its_holidays_and_closures() {
        var repo = repository();
        assertEquals(Optional.empty(), repo.find(BookingFixtures.YEAR));
        var calendar = BookingFixtures.calendar();
        repo.save(calendar);
        assertEquals(Optional.of(calendar), repo.find(BookingFixtures.YEAR));
        assertEquals(Optional.empty(), repo.find(SchoolYear.startingIn(2027)));
    }

    @Test
    void saving_again_replaces_the_periods_and_closures() {
        var repo = repository();
        repo.save(BookingFixtures.calendar());
        var changed = new SchoolCalendar(BookingFixtures.YEAR, "B", LocalDate.parse("2026-09-02"), LocalDate.parse("2027-07-02"),
                List.of(BookingFixtures.period("Vacances de Noël", "2026-12-19", "2027-01-03")),
                List.of(new Closure(LocalDate.parse("2026-11-10"), "Pont du 11 novembre"), new Closure(LocalDate.parse("2027-05-07"), "Pont")),
                PublicHolidays.ALSACE_MOSELLE);
        repo.save(changed);
        assertEquals(Optional.of(changed), repo.find(BookingFixtures.YEAR));
    }

    @Test
    void a_year_has_no_enrolment_opening_until_one_is_saved_then_the_last_one_counts() {
        var repo = repository();
        repo.save(BookingFixtures.calendar());
        var next = BookingFixtures.calendar().nextYearSkeleton();
        repo.save(next);
        assertEquals(Optional.empty(), repo.enrolmentOpening(BookingFixtures.YEAR));
        assertEquals(Optional.empty(), repo.enrolmentOpening(next.schoolYear()));
        repo.saveEnrolmentOpening(EnrolmentOpening.undecided(next.schoolYear()));
        assertEquals(Optional.of(EnrolmentOpening.undecided(next.schoolYear())), repo.enrolmentOpening(next.schoolYear()));
        var june = EnrolmentOpening.on(next.schoolYear(), LocalDate.parse("2027-06-15"));
        repo.saveEnrolmentOpening(june);
        assertEquals(Optional.of(june), repo.enrolmentOpening(next.schoolYear()));
        assertEquals(Optional.empty(), repo.enrolmentOpening(BookingFixtures.YEAR), "each year its own");
        repo.save(next.withHolidays(List.of(BookingFixtures.period("Vacances de Noël", "2027-12-18", "2028-01-02"))));
        assertEquals(Optional.of(june), repo.enrolmentOpening(next.schoolYear()), "saving the calendar again keeps it");
    }
}
