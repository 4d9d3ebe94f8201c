package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.Household;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link DossierAudit}: in-memory and jOOQ. */
public abstract class DossierAuditContract {

    protected abstract DossierAudit audit();

    protected abstract HouseholdRepository households();

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void changes_of_one_household_come_most_recent_first_up_to_the_limit() {
        long dupont = households().add(Household.named("DUPONT")).id();
        long martin = households().add(Household.named("MARTIN")).id();
        var a = new DossierChange(dupont, 5L, 11, T0, "Fiche sanitaire – Médecin traitant", "", "Dr Martin");
        var b = new DossierChange(martin, null, 12, T0.plusSeconds(1), "Adresse postale", "1 rue A", "2 rue B");
        var c = new DossierChange(dupont, null, 2, T0.plusSeconds(2), "Consentement – Droit à l'image (version 1)", "Oui", "Non");
        audit().record(a);
        audit().record(b);
        audit().record(c);
        assertEquals(List.of(c, a), audit().latest(dupont, 10));
        assertEquals(List.of(c), audit().latest(dupont, 1));
        assertEquals(List.of(b), audit().latest(martin, 10));
    }
}
