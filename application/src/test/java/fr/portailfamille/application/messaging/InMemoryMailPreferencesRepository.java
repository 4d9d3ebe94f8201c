package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.MailPreferences;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryMailPreferencesRepository implements MailPreferencesRepository {

    private final Map<Long, MailPreferences> preferences = new ConcurrentHashMap<>();

    @Override
    public MailPreferences find(long accountId) {
        return preferences.getOrDefault(accountId, MailPreferences.all());
    }

    @Override
    public void save(long accountId, MailPreferences chosen) {
        preferences.put(accountId, chosen);
    }
}
