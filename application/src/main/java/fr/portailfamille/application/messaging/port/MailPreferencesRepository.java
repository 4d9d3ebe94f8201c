package fr.portailfamille.application.messaging.port;

import fr.portailfamille.domain.messaging.MailPreferences;

/** Out-port: which notifications each account also wants by mail. */
public interface MailPreferencesRepository {

    /** {@link MailPreferences#all()} until the account chose. */
    MailPreferences find(long accountId);

    void save(long accountId, MailPreferences preferences);
}
