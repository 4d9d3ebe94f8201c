package fr.portailfamille.domain.households;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the dossier's audit trail: who changed which field of a health sheet, contacts or consents, when,
 * from what to what. Staff read it; it is kept apart from the application logs, which never see health data.
 *
 * @param childId null for a change to the household itself
 */
public record DossierChange(long householdId, Long childId, long actorAccountId, Instant at, String field, String oldValue, String newValue) {

    public DossierChange {
        if (householdId <= 0) throw new IllegalArgumentException("a change concerns a stored household");
        Objects.requireNonNull(at, "at");
        field = Texts.required(field, "field");
        oldValue = Texts.optional(oldValue);
        newValue = Texts.optional(newValue);
    }

    @Override
    public String toString() {
        return "DossierChange[householdId=" + householdId + ", childId=" + childId + ", field=" + field + "]";
    }
}
