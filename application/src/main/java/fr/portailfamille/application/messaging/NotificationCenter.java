package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.mail.port.MailComposer;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.messaging.MailPreferences;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The notification centre: stores notifications, mails those the person wants by mail (a short mail that links to
 * the portal and never carries the content), lists them, counts the unread ones for the header's icon.
 */
public final class NotificationCenter implements Notifier {

    private final NotificationRepository notifications;
    private final MailPreferencesRepository preferences;
    private final AccountRepository accounts;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final CurrentTown town;
    private final Transactions transactions;
    private final Clock clock;

    public NotificationCenter(NotificationRepository notifications, MailPreferencesRepository preferences, AccountRepository accounts,
                              MailOutbox outbox, MailComposer composer, CurrentTown town, Transactions transactions, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.outbox = outbox;
        this.composer = composer;
        this.town = town;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void notify(long accountId, NotificationKind kind, String title, String link) {
        transactions.run(() -> {
            var account = accounts.find(accountId).filter(a -> a.status() == AccountStatus.ACTIVE);
            if (account.isEmpty()) return; // nobody to tell: a purged or not yet activated account
            notifications.add(Notification.raise(accountId, kind, title, link, clock.instant()));
            if (preferences.find(accountId).wantsMail(kind)) {
                var current = town.get();
                outbox.enqueue(composer.compose(new MailContent.NotificationMail(account.get().email().value(), current,
                        account.get().displayName(), kind.label(), title, current.publicBaseUrl() + (link == null ? "/notifications" : link))));
            }
        });
    }

    public List<Notification> latest(Actor actor) {
        return notifications.latest(actor.accountId(), 100);
    }

    public int unreadCount(long accountId) {
        return notifications.unreadCount(accountId);
    }

    /** Marks it read and gives where to go; empty when it is not the actor's notification. */
    public Optional<String> open(Actor actor, long notificationId) {
        return transactions.inTransaction(() -> notifications.find(notificationId, actor.accountId()).map(mine -> {
            notifications.markRead(notificationId, actor.accountId(), clock.instant());
            return mine.link() == null ? "/notifications" : mine.link();
        }));
    }

    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.accountId(), clock.instant());
    }

    public MailPreferences preferences(Actor actor) {
        return preferences.find(actor.accountId());
    }

    public void choose(Actor actor, Set<NotificationKind> byMail) {
        preferences.save(actor.accountId(), new MailPreferences(byMail.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : byMail));
    }
}
