package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.NewsRepository;
import fr.portailfamille.application.messaging.NewsRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqNewsRepositoryTest extends NewsRepositoryContract {
    @Override
    protected NewsRepository repository() {
        return new JooqNewsRepository(TestDatabase.fresh());
    }
}
