package fr.portailfamille.application.mail.port;

import fr.portailfamille.application.mail.*;
import java.time.Instant;
import java.util.List;

/**
 * Out-port: the transactional outbox. A mail is enqueued in the same transaction as the change that causes it;
 * {@link DeliverMails} claims and delivers it later.
 */
public interface MailOutbox {

    long enqueue(OutgoingMail mail);

    /** Enqueues many mails at once (an invoicing run's): adapters write them in a few statements. */
    default void enqueueAll(List<OutgoingMail> mails) {
        mails.forEach(this::enqueue);
    }

    /**
     * Marks up to {@code limit} due mails SENDING and returns them. Mails claimed by another worker (another
     * portal instance) are skipped, so each mail goes to exactly one worker.
     */
    List<QueuedMail> claimDue(Instant now, int limit);

    void markSent(long id, String deliveredVia, Instant when);

    /** Gives a claimed mail back for a later attempt, or FAILED when {@code retryAt} is null. */
    void markFailed(long id, String error, Instant retryAt);

    /** Most recent first: the development mailbox page and the tests read the outbox through this. */
    List<QueuedMail> latest(int limit);

    /**
     * What is left to deliver, for the admins' «État du portail»: mails waiting (and since when the oldest waits),
     * being sent, and given up on.
     *
     * @param oldestPending when the oldest waiting mail was queued; null when none waits
     */
    record Backlog(long pending, long sending, long failed, Instant oldestPending) {
    }

    Backlog backlog();
}
