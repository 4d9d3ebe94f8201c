package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.application.common.port.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Use case run by the mail worker: claim due mails (committed as SENDING before anything leaves), send each, then
 * record the outcome. A crash while sending leaves the mail SENDING rather than risking a second copy; a refused
 * mail is retried with exponential back-off (1 min, 2, 4… capped at 1 h), then marked FAILED.
 */
public final class DeliverMails {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(1);

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final Transactions transactions;
    private final Clock clock;
    private final MailAttachments attachments;

    public DeliverMails(MailOutbox outbox, MailTransport transport, Transactions transactions, Clock clock) {
        this(outbox, transport, transactions, clock, MailAttachments.NONE);
    }

    public DeliverMails(MailOutbox outbox, MailTransport transport, Transactions transactions, Clock clock, MailAttachments attachments) {
        this.attachments = attachments;
        this.outbox = outbox;
        this.transport = transport;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many mails were delivered in this round */
    public int deliverDue(int batchSize) {
        List<QueuedMail> claimed = transactions.inTransaction(() -> outbox.claimDue(clock.instant(), batchSize));
        int sent = 0;
        for (QueuedMail queued : claimed) {
            try {
                transport.send(queued.mail(), files(queued.mail()), "<outbox-" + queued.id() + "@portail-famille>");
                transactions.run(() -> outbox.markSent(queued.id(), transport.name(), clock.instant()));
                sent++;
            } catch (MailTransport.MailDeliveryException e) {
                var retryAt = queued.attempts() >= MAX_ATTEMPTS ? null : clock.instant().plus(backoff(queued.attempts()));
                transactions.run(() -> outbox.markFailed(queued.id(), e.getMessage(), retryAt));
            }
        }
        return sent;
    }

    /** The attachments' bytes; one that resolves to nothing fails the attempt rather than go out without its file. */
    private List<MailAttachment.File> files(OutgoingMail mail) throws MailTransport.MailDeliveryException {
        var files = new java.util.ArrayList<MailAttachment.File>();
        for (MailAttachment a : mail.attachments()) {
            byte[] content;
            try {
                content = attachments.content(a.reference()).orElse(null);
            } catch (RuntimeException e) {
                throw new MailTransport.MailDeliveryException("pièce jointe " + a.reference() + " : " + e.getMessage(), e);
            }
            if (content == null) throw new MailTransport.MailDeliveryException("pièce jointe introuvable : " + a.reference(), null);
            files.add(new MailAttachment.File(a.fileName(), a.contentType(), content));
        }
        return files;
    }

    static Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }
}
