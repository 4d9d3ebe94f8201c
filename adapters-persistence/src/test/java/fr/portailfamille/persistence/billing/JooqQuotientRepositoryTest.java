package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.QuotientRepository;
import fr.portailfamille.application.billing.QuotientRepositoryContract;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqQuotientRepositoryTest extends QuotientRepositoryContract {
    private final Db db = TestDatabase.fresh();

    @Override
    protected QuotientRepository repository() {
        return new JooqQuotientRepository(db);
    }

    @Override
    protected long newHousehold() {
        return BillingRows.household(db);
    }

    @Override
    protected long newAgent() {
        return BillingRows.account(db, Role.AGENT);
    }
}
