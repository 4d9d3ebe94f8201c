package fr.portailfamille.domain.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail outside the dossier: who booked or cancelled, who decided an enrolment or an absence,
 * who issued an invoice or a credit note, who took a payment at the desk, who changed the town's settings; when and
 * from where (the client's address). Staff read a household's lines; the family finds them in its export.
 *
 * @param householdId null for the town's own settings
 * @param origin      where the request came from («127.0.0.1»), "" for a scheduled job
 * @param summary     what happened, in French, without health data («Léa – Accueil du soir – 24/11/2026»)
 */
public record AuditEvent(Long householdId, long actorAccountId, Instant at, Kind kind, String summary, String origin) {

    public enum Kind {
        BOOKED("Réservation"),
        WAITLISTED("Inscription sur liste d'attente"),
        CANCELLED("Annulation"),
        ENROLMENT_ACCEPTED("Inscription acceptée"),
        ENROLMENT_REFUSED("Inscription refusée"),
        ENROLLED_BY_STAFF("Inscription par un agent"),
        ABSENCE_VALIDATED("Absence justifiée acceptée"),
        ABSENCE_REFUSED("Absence justifiée refusée"),
        INVOICE_ISSUED("Facture émise"),
        CREDIT_NOTE("Avoir"),
        DESK_PAYMENT("Paiement au guichet"),
        HOUSEHOLD_LEFT("Départ de la commune"),
        TOWN_SETTINGS("Paramètres de la commune");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AuditEvent {
        if (householdId != null && householdId <= 0) throw new IllegalArgumentException("an event concerns a stored household");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        summary = Objects.requireNonNull(summary, "summary").strip();
        origin = origin == null ? "" : origin.strip();
    }
}
