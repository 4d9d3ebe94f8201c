package fr.portailfamille.domain.bookings;

/**
 * The two families of activities: périscolaire runs around school days (and on Wednesdays of the school period),
 * extrascolaire during the school holidays. Slots are derived from the calendar accordingly.
 */
public enum ActivityFamily {
    PERISCOLAIRE("Périscolaire"),
    EXTRASCOLAIRE("Extrascolaire");

    private final String label;

    ActivityFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
