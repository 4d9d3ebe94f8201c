package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
class InMemoryTownRepositoryTest extends TownRepositoryContract {
    @Override
    protected TownRepository repository() {
        return new InMemoryTownRepository();
    }
}
