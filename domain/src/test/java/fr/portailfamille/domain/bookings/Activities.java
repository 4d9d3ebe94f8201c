package fr.portailfamille.domain.bookings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/** A town's activities for 2026-2027, as the tests use them. */
final class Activities {

    static final Set<DayOfWeek> SCHOOL_DAYS = Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
    static final String J2_WORKING = "J-2 avant 12h hors week-ends et jours fériés";

    static final Activity MATIN = activity(1, "Accueil du matin", ActivityKind.ACCUEIL_MATIN, BookingUnit.SESSION,
            SCHOOL_DAYS, 30, true, J2_WORKING, J2_WORKING);
    static final Activity CANTINE = activity(2, "Restauration scolaire", ActivityKind.RESTAURATION_SCOLAIRE, BookingUnit.MEAL,
            SCHOOL_DAYS, 120, false, "J-1 avant 18h", "J-1 avant 18h");
    static final Activity SOIR = activity(3, "Accueil du soir", ActivityKind.ACCUEIL_SOIR, BookingUnit.SESSION,
            SCHOOL_DAYS, 30, true, "J-0 avant 9h", "J-0 avant 9h");
    static final Activity MERCREDI = activity(4, "Mercredis loisirs", ActivityKind.MERCREDI, BookingUnit.DAY_WITH_MEAL,
            Set.of(WEDNESDAY), 40, true, "semaine S-2", J2_WORKING);
    static final Activity VACANCES = activity(5, "Centre de loisirs", ActivityKind.VACANCES, BookingUnit.DAY_WITH_MEAL,
            Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), 48, true,
            "avant le 20 du mois précédent", "avant le 20 du mois précédent");

    private Activities() {
    }

    static Activity activity(long id, String name, ActivityKind kind, BookingUnit unit, Set<DayOfWeek> weekdays,
                             int capacity, boolean waitingList, String bookingRule, String cancellationRule) {
        return new Activity(id, name, kind, unit, weekdays, Calendars.YEAR, capacity, waitingList,
                DeadlineRule.of(bookingRule), DeadlineRule.of(cancellationRule), "REGIE-ENFANCE", kind.name(), Set.of(), Set.of());
    }

    /** The same activity with another capacity and waiting-list choice. */
    static Activity withPlaces(Activity a, int capacity, boolean waitingList) {
        return new Activity(a.id(), a.name(), a.kind(), a.unit(), a.weekdays(), a.schoolYear(), capacity, waitingList,
                a.bookingRule(), a.cancellationRule(), a.cashOfficeId(), a.priceCategory(), a.schools(), a.levels());
    }

    static Optional<Enrolment> accepted(long childId, Activity activity) {
        return Optional.of(Enrolment.createdByAgent(childId, activity.id(), activity.schoolYear(), Instant.parse("2026-06-01T08:00:00Z")).withId(childId * 100 + activity.id()));
    }
}
