package fr.portailfamille.domain.households;

import java.util.Objects;

/**
 * One thing still missing before a child can be booked, in French for the checklist.
 *
 * @param reference the consent question or document type concerned; "" for the other kinds
 */
public record MissingItem(Kind kind, String label, String reference) {

    public enum Kind { MEDICAL, VACCINATIONS, EMERGENCY_CONTACT, CONSENT, DOCUMENT }

    public MissingItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        reference = reference == null ? "" : reference;
    }
}
