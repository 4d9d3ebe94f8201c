package fr.portailfamille.application.billing.port;

import fr.portailfamille.application.billing.*;
import fr.portailfamille.domain.billing.FamilyQuotient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Out-port: where households' quotients familiaux come from, as invoicing runs and the agents' pages read them.
 *
 * <p>Shipped: {@link ManualFamilyQuotients}, the values agents enter after validating the justificatif (avis
 * d'imposition, CAF or MSA attestation) in the household's file, every one kept with its validity.
 *
 * <p>For a future adapter on the national API (API Particulier «quotient familial CAF &amp; MSA»): answer the same
 * question without calling the API during a run (10,000 households in seconds) — fetch a household's quotient when
 * its file is validated or monthly, keep it with its source and validity (recording it through
 * {@link QuotientRepository} with the source CAF or MSA is enough), answer from what was kept, and fall back to the
 * manual value for a household the API does not know. The family's consent and the allocataire number belong to
 * that adapter, not to this port.
 */
public interface FamilyQuotientProvider {

    /** Every quotient known for each of these households, oldest first; households with none are absent. One call per run. */
    Map<Long, List<FamilyQuotient>> histories(Collection<Long> householdIds);

    /** The quotient that applies to the household on that day (the most recent by start date when two overlap). */
    default Optional<FamilyQuotient> validOn(long householdId, LocalDate day) {
        return FamilyQuotient.validOn(histories(List.of(householdId)).getOrDefault(householdId, List.of()), day);
    }
}
