package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
class InMemoryMailPreferencesRepositoryTest extends MailPreferencesRepositoryContract {

    private final MailPreferencesRepository repository = new InMemoryMailPreferencesRepository();

    @Override
    protected MailPreferencesRepository repository() {
        return repository;
    }

    private long lastAccount;

    @Override
    protected long newAccountId() {
        return ++lastAccount;
    }
}
