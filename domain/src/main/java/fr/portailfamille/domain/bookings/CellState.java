package fr.portailfamille.domain.bookings;

/**
 * What a calendar cell (one activity, one child, one day) says in words — never by colour alone.
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
    public static CellState of(Slot slot, long childId, java.time.Instant now) {
        return slot.cellFor(childId, now);
    }
}
