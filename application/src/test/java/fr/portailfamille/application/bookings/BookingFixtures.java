package fr.portailfamille.application.bookings;

import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.DeadlineRule;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/** The school year 2026-2027 (zone C-like test dates) and activities shared by the bookings tests and contracts. */
public final class BookingFixtures {

    public static final SchoolYear YEAR = SchoolYear.startingIn(2026);
    public static final Set<DayOfWeek> SCHOOL_DAYS = Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
    public static final String J2_WORKING = "J-2 avant 12h hors week-ends et jours fériés";

    private BookingFixtures() {
    }

    public static SchoolCalendar calendar() {
        return new SchoolCalendar(YEAR, "C", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-03"), List.of(
                period("Vacances de la Toussaint", "2026-10-17", "2026-11-01"),
                period("Vacances de Noël", "2026-12-19", "2027-01-03"),
                period("Vacances d'hiver", "2027-02-13", "2027-02-28"),
                period("Vacances de printemps", "2027-04-10", "2027-04-25"),
                period("Pont de l'Ascension", "2027-05-07", "2027-05-09"),
                period("Vacances d'été", "2027-07-03", "2027-08-31")),
                List.of(new Closure(LocalDate.parse("2027-06-11"), "Journée pédagogique")), PublicHolidays.FRANCE);
    }

    static HolidayPeriod period(String name, String first, String last) {
        return new HolidayPeriod(name, LocalDate.parse(first), LocalDate.parse(last));
    }

    /** «Accueil du matin»: school days, 30 places, waiting list, J-2 working days before noon. */
    public static Activity morning() {
        return activity("Accueil du matin", ActivityKind.ACCUEIL_MATIN, BookingUnit.SESSION, SCHOOL_DAYS, 30, true, J2_WORKING, J2_WORKING);
    }

    /** «Restauration scolaire»: no waiting list, the day before until 18 h. */
    public static Activity canteen() {
        return activity("Restauration scolaire", ActivityKind.RESTAURATION_SCOLAIRE, BookingUnit.MEAL, SCHOOL_DAYS, 120, false,
                "J-1 avant 18h", "J-1 avant 18h");
    }

    public static Activity wednesdays() {
        return activity("Mercredis loisirs", ActivityKind.MERCREDI, BookingUnit.DAY_WITH_MEAL, Set.of(WEDNESDAY), 40, true,
                "semaine S-2", J2_WORKING);
    }

    public static Activity activity(String name, ActivityKind kind, BookingUnit unit, Set<DayOfWeek> weekdays, int capacity,
                                    boolean waitingList, String bookingRule, String cancellationRule) {
        return new Activity(0, name, kind, unit, weekdays, YEAR, capacity, waitingList, DeadlineRule.of(bookingRule),
                DeadlineRule.of(cancellationRule), "REGIE-ENFANCE", kind.name(), Set.of(), Set.of());
    }

    public static Activity withPlaces(Activity a, int capacity, boolean waitingList) {
        return new Activity(a.id(), a.name(), a.kind(), a.unit(), a.weekdays(), a.schoolYear(), capacity, waitingList,
                a.bookingRule(), a.cancellationRule(), a.cashOfficeId(), a.priceCategory(), a.schools(), a.levels());
    }
}
