package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryDocumentStorageTest extends DocumentStorageContract {

    private final InMemoryDocumentStorage storage = new InMemoryDocumentStorage();
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected DocumentStorage storage() {
        return storage;
    }

    @Override
    protected DocumentRepository documents() {
        return documents;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }
}
