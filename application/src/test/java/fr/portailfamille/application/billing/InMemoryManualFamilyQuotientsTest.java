package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.FamilyQuotient;

import java.time.Instant;

class InMemoryManualFamilyQuotientsTest extends FamilyQuotientProviderContract {

    private final InMemoryQuotientRepository quotients = new InMemoryQuotientRepository();
    private long households;

    @Override
    protected FamilyQuotientProvider provider() {
        return new ManualFamilyQuotients(quotients);
    }

    @Override
    protected long newHousehold() {
        return ++households;
    }

    @Override
    protected void given(long householdId, FamilyQuotient quotient) {
        quotients.add(householdId, quotient, 1, Instant.parse("2026-01-05T10:00:00Z"));
    }
}
