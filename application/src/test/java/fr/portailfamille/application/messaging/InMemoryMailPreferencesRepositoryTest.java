package fr.portailfamille.application.messaging;

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
