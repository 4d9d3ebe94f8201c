package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.ThreadRepository;
import fr.portailfamille.application.messaging.ThreadRepositoryContract;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

class JooqThreadRepositoryTest extends ThreadRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private int households;

    @Override
    protected ThreadRepository repository() {
        return new JooqThreadRepository(db);
    }

    @Override
    protected long newHouseholdId() {
        return new JooqHouseholdRepository(db).add(Household.named("Famille " + ++households)).id();
    }

    @Override
    protected long newAccountId() {
        return TestAccounts.create(db);
    }
}
