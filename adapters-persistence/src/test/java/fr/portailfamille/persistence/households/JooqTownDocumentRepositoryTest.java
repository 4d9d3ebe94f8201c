package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.port.TownDocumentRepository;
import fr.portailfamille.application.households.TownDocumentRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqTownDocumentRepositoryTest extends TownDocumentRepositoryContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected TownDocumentRepository documents() {
        return new JooqTownDocumentRepository(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }

    @Override
    protected long agentAccount() {
        return 2;
    }
}
