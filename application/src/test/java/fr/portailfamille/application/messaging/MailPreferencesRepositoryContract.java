package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.MailPreferences;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link MailPreferencesRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class MailPreferencesRepositoryContract {

    protected abstract MailPreferencesRepository repository();

    protected abstract long newAccountId();

    @Test
    void every_kind_comes_by_mail_until_the_account_chooses() {
        assertEquals(MailPreferences.all(), repository().find(newAccountId()));
    }

    @Test
    void the_last_choice_is_kept_even_an_empty_one() {
        var repository = repository();
        long account = newAccountId();
        repository.save(account, new MailPreferences(EnumSet.of(NotificationKind.NEW_MESSAGE, NotificationKind.INVOICE_TO_PAY)));
        assertEquals(EnumSet.of(NotificationKind.NEW_MESSAGE, NotificationKind.INVOICE_TO_PAY), repository.find(account).byMail());
        repository.save(account, new MailPreferences(EnumSet.noneOf(NotificationKind.class)));
        assertEquals(EnumSet.noneOf(NotificationKind.class), repository.find(account).byMail());
    }
}
