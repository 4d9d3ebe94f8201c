package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link NotificationRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class NotificationRepositoryContract {

    protected abstract NotificationRepository repository();

    /** An account that notifications may point at (the database wants it to exist). */
    protected abstract long newAccountId();

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void notifications_get_ids_and_come_back_most_recent_first_for_their_account_only() {
        var repository = repository();
        long parent = newAccountId();
        long other = newAccountId();
        var first = repository.add(Notification.raise(parent, NotificationKind.NEW_MESSAGE, "Nouveau message", "/messagerie/1", T0));
        var second = repository.add(Notification.raise(parent, NotificationKind.INVOICE_TO_PAY, "Facture PERI2611-000001", null, T0.plusSeconds(5)));
        repository.add(Notification.raise(other, NotificationKind.NEW_MESSAGE, "Pour l'autre famille", "/messagerie/2", T0));
        assertNotEquals(first.id(), second.id());
        var mine = repository.latest(parent, 10);
        assertEquals(2, mine.size());
        assertEquals(second, mine.getFirst());
        assertEquals(first, mine.get(1));
        assertEquals(1, repository.latest(parent, 1).size());
    }

    @Test
    void reading_counts_down_and_only_the_owner_can_read() {
        var repository = repository();
        long parent = newAccountId();
        long other = newAccountId();
        var n = repository.add(Notification.raise(parent, NotificationKind.DOCUMENT_VALIDATED, "Justificatif validé", "/dossier", T0));
        repository.add(Notification.raise(parent, NotificationKind.DOCUMENT_REJECTED, "Justificatif refusé", "/dossier", T0));
        assertEquals(2, repository.unreadCount(parent));
        assertFalse(repository.markRead(n.id(), other, T0.plusSeconds(1)));
        assertTrue(repository.find(n.id(), other).isEmpty());
        assertEquals(2, repository.unreadCount(parent));
        assertTrue(repository.markRead(n.id(), parent, T0.plusSeconds(1)));
        assertEquals(1, repository.unreadCount(parent));
        assertEquals(T0.plusSeconds(1), repository.find(n.id(), parent).orElseThrow().readAt());
        assertEquals(1, repository.markAllRead(parent, T0.plusSeconds(2)));
        assertEquals(0, repository.unreadCount(parent));
        assertEquals(0, repository.markAllRead(parent, T0.plusSeconds(3)));
    }
}
