package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.TownRepository;
import fr.portailfamille.application.town.TownRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqTownRepositoryTest extends TownRepositoryContract {
    @Override
    protected TownRepository repository() {
        return new JooqTownRepository(TestDatabase.fresh());
    }
}
