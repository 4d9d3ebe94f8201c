package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DocumentRepository;
import fr.portailfamille.application.households.DocumentRepositoryContract;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqDocumentRepositoryTest extends DocumentRepositoryContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected DocumentRepository documents() {
        return new JooqDocumentRepository(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }
}
