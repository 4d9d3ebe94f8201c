package fr.portailfamille.domain.billing;

/** How an invoice was settled; every method but {@link #ONLINE} is recorded by an agent at the régie's desk. */
public enum PaymentMethod {
    ONLINE("Paiement en ligne"),
    CASH("Espèces"),
    CHEQUE("Chèque"),
    CESU("CESU"),
    CARD_AT_DESK("Carte bancaire en caisse");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public InvoiceStatus resultingStatus() {
        return this == ONLINE ? InvoiceStatus.PAID : InvoiceStatus.PAID_AT_DESK;
    }
}
