package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.application.common.port.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link MailOutbox}: every adapter runs it (in-memory and jOOQ). */
public abstract class MailOutboxContract {

    /** An empty outbox queuing its mails at {@link #QUEUED_AT}'s time. */
    protected abstract MailOutbox outbox();

    /** When every mail of these tests is queued: a minute before {@link #NOW}. */
    protected static final Clock QUEUED_AT = Clock.fixed(Instant.parse("2026-12-01T07:59:00Z"), ZoneOffset.UTC);

    protected abstract Transactions transactions();

    static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "espace.services@exemple.fr", "Création compte portail famille – Mairie d'Exemple",
                "Bonjour « Famille »", "<p>Bonjour &laquo; Famille &raquo;</p>");
    }

    protected static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void a_queued_mail_is_due_from_the_clocks_time_whatever_the_machines() {
        var outbox = outbox();
        outbox.enqueue(mail("a@exemple.fr"));
        assertEquals(QUEUED_AT.instant(), outbox.latest(1).getFirst().createdAt());
        assertTrue(transactions().inTransaction(() -> outbox.claimDue(QUEUED_AT.instant().minusSeconds(1), 10)).isEmpty());
        assertEquals(1, transactions().inTransaction(() -> outbox.claimDue(QUEUED_AT.instant(), 10)).size());
    }

    @Test
    void the_backlog_counts_mails_waiting_being_sent_and_given_up_not_those_sent() {
        var outbox = outbox();
        assertEquals(new MailOutbox.Backlog(0, 0, 0, null), outbox.backlog());
        for (String to : java.util.List.of("a@exemple.fr", "b@exemple.fr", "c@exemple.fr", "d@exemple.fr", "e@exemple.fr")) outbox.enqueue(mail(to));
        var claimed = transactions().inTransaction(() -> outbox.claimDue(NOW, 3));
        outbox.markSent(claimed.get(0).id(), "smtp", NOW);
        outbox.markFailed(claimed.get(1).id(), "adresse inconnue", null);
        assertEquals(new MailOutbox.Backlog(2, 1, 1, QUEUED_AT.instant()), outbox.backlog());
    }

    @Test
    void an_enqueued_mail_is_pending_and_listed_first() {
        var outbox = outbox();
        outbox.enqueue(mail("a@exemple.fr"));
        outbox.enqueue(mail("b@exemple.fr"));
        var latest = outbox.latest(10);
        assertEquals(2, latest.size());
        assertEquals("b@exemple.fr", latest.getFirst().mail().to());
        assertEquals(mail("b@exemple.fr"), latest.getFirst().mail());
        assertEquals(QueuedMail.Status.PENDING, latest.getFirst().status());
    }

    @Test
    void attachments_are_kept_as_references_and_many_mails_enqueue_at_once() {
        var outbox = outbox();
        var invoice = mail("a@exemple.fr").withAttachments(java.util.List.of(
                new MailAttachment("facture-PERI2610-000001.pdf", "application/pdf", "facture:PERI2610-000001"),
                new MailAttachment("lisez-moi.txt", "text/plain", "texte:1")));
        outbox.enqueueAll(java.util.List.of(invoice, mail("b@exemple.fr"), mail("c@exemple.fr")));
        var latest = outbox.latest(10);
        assertEquals(3, latest.size());
        assertEquals(invoice, latest.getLast().mail());
        assertEquals("facture:PERI2610-000001", latest.getLast().mail().attachments().getFirst().reference());
        assertTrue(latest.getFirst().mail().attachments().isEmpty());
        assertEquals(3, transactions().inTransaction(() -> outbox.claimDue(NOW, 10)).size());
    }

    @Test
    void a_claimed_mail_is_not_claimed_again() {
        var outbox = outbox();
        long id = outbox.enqueue(mail("a@exemple.fr"));
        var first = transactions().inTransaction(() -> outbox.claimDue(NOW, 10));
        var second = transactions().inTransaction(() -> outbox.claimDue(NOW, 10));
        assertEquals(1, first.size());
        assertEquals(id, first.getFirst().id());
        assertEquals(1, first.getFirst().attempts());
        assertTrue(second.isEmpty());
    }

    @Test
    void the_claim_respects_its_limit() {
        var outbox = outbox();
        for (int i = 0; i < 5; i++) outbox.enqueue(mail(i + "@exemple.fr"));
        assertEquals(3, transactions().inTransaction(() -> outbox.claimDue(NOW, 3)).size());
        assertEquals(2, transactions().inTransaction(() -> outbox.claimDue(NOW, 3)).size());
    }

    @Test
    void a_sent_mail_records_how_and_when() {
        var outbox = outbox();
        long id = outbox.enqueue(mail("a@exemple.fr"));
        transactions().inTransaction(() -> outbox.claimDue(NOW, 10));
        outbox.markSent(id, "smtp", NOW);
        var sent = outbox.latest(1).getFirst();
        assertEquals(QueuedMail.Status.SENT, sent.status());
        assertEquals("smtp", sent.deliveredVia());
        assertEquals(NOW, sent.sentAt());
        assertTrue(transactions().inTransaction(() -> outbox.claimDue(NOW.plus(1, ChronoUnit.DAYS), 10)).isEmpty());
    }

    @Test
    void a_failed_mail_comes_back_only_when_its_retry_time_has_come() {
        var outbox = outbox();
        long id = outbox.enqueue(mail("a@exemple.fr"));
        transactions().inTransaction(() -> outbox.claimDue(NOW, 10));
        outbox.markFailed(id, "connexion refusée", NOW.plus(2, ChronoUnit.MINUTES));
        assertTrue(transactions().inTransaction(() -> outbox.claimDue(NOW.plus(1, ChronoUnit.MINUTES), 10)).isEmpty());
        var retried = transactions().inTransaction(() -> outbox.claimDue(NOW.plus(3, ChronoUnit.MINUTES), 10));
        assertEquals(1, retried.size());
        assertEquals(2, retried.getFirst().attempts());
        assertEquals("connexion refusée", retried.getFirst().lastError());
    }

    @Test
    void a_mail_failed_for_good_is_never_claimed_again() {
        var outbox = outbox();
        long id = outbox.enqueue(mail("a@exemple.fr"));
        transactions().inTransaction(() -> outbox.claimDue(NOW, 10));
        outbox.markFailed(id, "adresse inconnue", null);
        assertEquals(QueuedMail.Status.FAILED, outbox.latest(1).getFirst().status());
        assertTrue(transactions().inTransaction(() -> outbox.claimDue(NOW.plus(1, ChronoUnit.DAYS), 10)).isEmpty());
    }
}
