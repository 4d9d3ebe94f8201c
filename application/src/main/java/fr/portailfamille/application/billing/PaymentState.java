package fr.portailfamille.application.billing;

/** Where an online payment attempt stands in our books; it leaves {@link #PENDING} once. */
public enum PaymentState {
    PENDING("En cours"),
    PAID("Payé"),
    REFUSED("Refusé"),
    CANCELLED("Abandonné"),
    EXPIRED("Expiré"),
    /** The provider refused to open it or could not be reached: nothing was paid. */
    FAILED("Non démarré");

    private final String label;

    PaymentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
