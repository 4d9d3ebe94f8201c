package fr.portailfamille.application.payment;

/** How real a payment is: providers offer a test run, an activation run (checked before opening) and production. */
public enum PaymentMode {
    TEST("test"),
    ACTIVATION("activation"),
    PRODUCTION("production");

    private final String label;

    PaymentMode(String label) {
        this.label = label;
    }

    /** French, for the back-office and the logs. */
    public String label() {
        return label;
    }
}
