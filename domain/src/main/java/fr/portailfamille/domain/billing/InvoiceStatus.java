package fr.portailfamille.domain.billing;

/** Where an invoice stands, as the parent reads it in «Facturation». */
public enum InvoiceStatus {
    TO_PAY("À payer"),
    /** Paid online. */
    PAID("Payée"),
    /** Paid at the régie's desk: cash, cheque, CESU, card. */
    PAID_AT_DESK("Payée en caisse"),
    /** Credit notes cancelled the whole amount before it was paid. */
    CANCELLED_BY_CREDIT_NOTE("Annulée par avoir");

    private final String label;

    InvoiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPaid() {
        return this == PAID || this == PAID_AT_DESK;
    }
}
