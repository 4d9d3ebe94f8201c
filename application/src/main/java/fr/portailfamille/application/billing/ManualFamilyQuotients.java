package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.FamilyQuotient;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The quotients agents entered by hand («Quotient familial» of a household, {@link RecordQuotient}) once
 * they validated the justificatif: the provider every portal ships with.
 */
public final class ManualFamilyQuotients implements FamilyQuotientProvider {

    private final QuotientRepository quotients;

    public ManualFamilyQuotients(QuotientRepository quotients) {
        this.quotients = quotients;
    }

    @Override
    public Map<Long, List<FamilyQuotient>> histories(Collection<Long> householdIds) {
        return householdIds.isEmpty() ? Map.of() : quotients.histories(householdIds);
    }
}
