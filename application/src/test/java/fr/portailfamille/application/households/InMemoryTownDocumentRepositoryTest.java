package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryTownDocumentRepositoryTest extends TownDocumentRepositoryContract {

    private final InMemoryTownDocumentRepository documents = new InMemoryTownDocumentRepository();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected TownDocumentRepository documents() {
        return documents;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }

    @Override
    protected long agentAccount() {
        return 2;
    }
}
