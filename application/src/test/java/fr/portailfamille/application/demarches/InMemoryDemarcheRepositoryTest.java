package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
class InMemoryDemarcheRepositoryTest extends DemarcheRepositoryContract {

    private final DemarcheRepository repository = new InMemoryDemarcheRepository();
    private long last;

    @Override
    protected DemarcheRepository repository() {
        return repository;
    }

    @Override
    protected long newHouseholdId() {
        return ++last;
    }

    @Override
    protected long newAccountId() {
        return ++last;
    }
}
