package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryDocumentRepositoryTest extends DocumentRepositoryContract {

    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected DocumentRepository documents() {
        return documents;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }
}
