package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.NotificationRepository;
import fr.portailfamille.application.messaging.NotificationRepositoryContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqNotificationRepositoryTest extends NotificationRepositoryContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected NotificationRepository repository() {
        return new JooqNotificationRepository(db);
    }

    @Override
    protected long newAccountId() {
        return TestAccounts.create(db);
    }
}
