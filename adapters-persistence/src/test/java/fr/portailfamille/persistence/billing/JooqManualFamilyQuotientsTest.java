package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.FamilyQuotientProvider;
import fr.portailfamille.application.billing.FamilyQuotientProviderContract;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import java.time.Instant;

class JooqManualFamilyQuotientsTest extends FamilyQuotientProviderContract {

    private final Db db = TestDatabase.fresh();
    private final long agent = BillingRows.account(db, Role.AGENT);

    @Override
    protected FamilyQuotientProvider provider() {
        return new ManualFamilyQuotients(new JooqQuotientRepository(db));
    }

    @Override
    protected long newHousehold() {
        return BillingRows.household(db);
    }

    @Override
    protected void given(long householdId, FamilyQuotient quotient) {
        new JooqQuotientRepository(db).add(householdId, quotient, agent, Instant.parse("2026-01-05T10:00:00Z"));
    }
}
