package fr.portailfamille.domain.bookings;

import java.time.Instant;

/**
 * What a calendar cell (one activity, one child, one day) says in words — never by colour alone. «complet» is
 * shown whether or not the activity keeps a waiting list; {@link Activity#waitingList()} tells the page whether the
 * cell can still be selected (to join the list).
 */
public enum CellState {
    BOOKABLE("réservable"),
    BOOKED("réservé"),
    WAITLISTED("liste d'attente"),
    FULL("complet"),
    CLOSED("fermé"),
    DEADLINE_PASSED("délai dépassé"),
    HOLIDAY("vacances/férié"),
    /** A day of the period the activity does not run (not one of its weekdays). */
    NO_ACTIVITY("pas d'activité");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Same as {@link Slot#cellFor}. */
    public static CellState of(Slot slot, long childId, Instant now) {
        return slot.cellFor(childId, now);
    }
}
