package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.domain.messaging.MailPreferences;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.persistence.Db;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Tables.MAIL_PREFERENCES;

public final class JooqMailPreferencesRepository implements MailPreferencesRepository {

    private final Db db;

    public JooqMailPreferencesRepository(Db db) {
        this.db = db;
    }

    @Override
    public MailPreferences find(long accountId) {
        return db.dsl().select(MAIL_PREFERENCES.BY_MAIL).from(MAIL_PREFERENCES).where(MAIL_PREFERENCES.ACCOUNT_ID.eq(accountId))
                .fetchOptional(MAIL_PREFERENCES.BY_MAIL)
                .map(kinds -> new MailPreferences(Arrays.stream(kinds).map(NotificationKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)))))
                .orElseGet(MailPreferences::all);
    }

    @Override
    public void save(long accountId, MailPreferences preferences) {
        String[] kinds = preferences.byMail().stream().map(Enum::name).toArray(String[]::new);
        db.dsl().insertInto(MAIL_PREFERENCES).set(MAIL_PREFERENCES.ACCOUNT_ID, accountId).set(MAIL_PREFERENCES.BY_MAIL, kinds)
                .onConflict(MAIL_PREFERENCES.ACCOUNT_ID).doUpdate().set(MAIL_PREFERENCES.BY_MAIL, kinds).execute();
    }
}
