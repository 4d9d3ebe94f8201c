package fr.portailfamille.domain.messaging;

/** What a notification is about; the parent chooses, kind by kind, which ones also come by mail. */
public enum NotificationKind {
    NEW_MESSAGE("Nouveau message"),
    INVOICE_TO_PAY("Facture à payer"),
    DOCUMENT_VALIDATED("Justificatif validé"),
    DOCUMENT_REJECTED("Justificatif refusé"),
    WAITING_LIST_PROMOTION("Place obtenue sur liste d'attente"),
    DEMARCHE_STATUS("Suivi d'une démarche"),
    ENROLMENT_DECISION("Décision d'inscription"),
    ABSENCE_DECISION("Décision sur une absence justifiée"),
    DAY_CLOSED("Jour réservé fermé par la mairie"),
    /** A document the town produced for the household (the yearly tax certificate), in its «Documents». */
    TOWN_DOCUMENT("Document de la ville");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
