package fr.portailfamille.domain.bookings;

/** Life of an «inscription»: requested by a parent (or created by an agent), then accepted or refused by the town. */
public enum EnrolmentStatus {
    PENDING("En attente de validation"),
    ACCEPTED("Acceptée"),
    REFUSED("Refusée");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
