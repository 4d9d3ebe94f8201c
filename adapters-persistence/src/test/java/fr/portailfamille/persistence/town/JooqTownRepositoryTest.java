package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.application.town.TownRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqTownRepositoryTest extends TownRepositoryContract {
    @Override
    protected TownRepository repository() {
        return new JooqTownRepository(TestDatabase.fresh(), java.time.Clock.fixed(java.time.Instant.parse("2026-09-01T08:00:00Z"), java.time.ZoneOffset.UTC));
    }
}
