package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DocumentRepository;
import fr.portailfamille.application.households.port.DocumentStorage;
import fr.portailfamille.application.households.DocumentStorageContract;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqDocumentStorageTest extends DocumentStorageContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected DocumentStorage storage() {
        return new JooqDocumentStorage(db);
    }

    @Override
    protected DocumentRepository documents() {
        return new JooqDocumentRepository(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }
}
