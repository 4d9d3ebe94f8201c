package fr.portailfamille.domain.bookings;

/** An activity has two deadline rules: one to book, one to cancel; each is shown to parents with its own word. */
public enum DeadlinePurpose {
    BOOKING("Réservation"),
    CANCELLATION("Annulation");

    private final String label;

    DeadlinePurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
