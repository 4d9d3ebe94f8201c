package fr.portailfamille.application.town;

class InMemoryTownRepositoryTest extends TownRepositoryContract {
    @Override
    protected TownRepository repository() {
        return new InMemoryTownRepository();
    }
}
