package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.application.messaging.MailPreferencesRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqMailPreferencesRepositoryTest extends MailPreferencesRepositoryContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected MailPreferencesRepository repository() {
        return new JooqMailPreferencesRepository(db);
    }

    @Override
    protected long newAccountId() {
        return TestAccounts.create(db);
    }
}
