package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
class InMemoryNotificationRepositoryTest extends NotificationRepositoryContract {

    private final NotificationRepository repository = new InMemoryNotificationRepository();

    @Override
    protected NotificationRepository repository() {
        return repository;
    }

    private long lastAccount;

    @Override
    protected long newAccountId() {
        return ++lastAccount;
    }
}
