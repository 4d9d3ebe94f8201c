package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellStateTest {

    private static final SchoolCalendar CALENDAR = Calendars.year2026();
    private static final LocalDate THURSDAY = LocalDate.parse("2026-09-17");
    private static final Instant EARLY = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant LATE = Instant.parse("2026-09-15T10:00:00Z"); // the deadline itself

    /**
     * One slot of 2 places on Thursday 17 September 2026: child 1 and 2 booked, child 3 waiting (when full), child 9
     * nothing.
     */
    @ParameterizedTest(name = "{0} places, booked {1}, closed {2}, child {3} at {4} → {5}")
    @CsvSource({
            "2, 1,     false, 9, 2026-09-01T08:00:00Z, BOOKABLE",
            "2, 1,     false, 1, 2026-09-01T08:00:00Z, BOOKED",
            "2, 1;2;3, false, 3, 2026-09-01T08:00:00Z, WAITLISTED",
            "2, 1;2,   false, 9, 2026-09-01T08:00:00Z, FULL",
            "2, 1,     true,  9, 2026-09-01T08:00:00Z, CLOSED",
            "2, 1,     false, 9, 2026-09-15T10:00:00Z, DEADLINE_PASSED",
            "2, 1,     false, 9, 2026-09-15T09:59:59Z, BOOKABLE",
            "2, 1;2,   false, 9, 2026-09-15T10:00:00Z, DEADLINE_PASSED", // nothing to do any more: the deadline says why
            "2, 1,     false, 1, 2026-09-15T10:00:00Z, BOOKED",          // a booking stays «réservé» after the deadline
    })
    void cell_of_a_running_day(int places, String booked, boolean closed, long child, Instant now, CellState state) {
        var slot = Slot.open(Activities.withPlaces(Activities.MATIN, places, true), THURSDAY, CALENDAR);
        for (String id : booked.split(";")) {
            long c = Long.parseLong(id);
            slot.book(c, EARLY, Activities.accepted(c, slot.activity()));
        }
        if (closed) slot.close();
        assertEquals(state, CellState.of(slot, child, now));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "MATIN, 2026-10-19, HOLIDAY",
            "MATIN, 2027-03-29, HOLIDAY",
            "MATIN, 2026-09-19, HOLIDAY",
            "MATIN, 2026-09-16, NO_ACTIVITY",
            "MATIN, 2027-06-11, CLOSED",
            "VACANCES, 2026-09-17, NO_ACTIVITY",
            "VACANCES, 2026-10-19, BOOKABLE",
    })
    void cell_of_a_day_without_the_activity(String activity, LocalDate date, CellState state) {
        var slot = Slot.open(ActivityTest.activityNamed(activity), date, CALENDAR);
        assertEquals(state, slot.cellFor(9, Instant.parse("2026-06-01T00:00:00Z")));
    }

    @Test
    void every_state_has_its_french_word() {
        assertEquals(List.of("réservable", "réservé", "liste d'attente", "complet", "fermé", "délai dépassé",
                        "vacances/férié", "pas d'activité"),
                java.util.Arrays.stream(CellState.values()).map(CellState::label).toList());
    }

    @Test
    void deadline_instant_matches_the_slot() {
        var slot = Slot.open(Activities.MATIN, THURSDAY, CALENDAR);
        assertEquals(LATE, slot.bookingDeadline().toInstant());
    }
}
