package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryMailOutbox implements MailOutbox {

    private final Map<Long, QueuedMail> mails = new HashMap<>();
    private final Map<Long, Instant> nextAttempt = new HashMap<>();
    private long lastId;
    private final Clock clock;

    /** @param clock when mails are queued, and first due */
    public InMemoryMailOutbox(Clock clock) {
        this.clock = clock;
    }

    /** For tests that never look at times: every mail queued at the epoch, due at once. */
    public InMemoryMailOutbox() {
        this(Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
    }

    @Override
    public synchronized long enqueue(OutgoingMail mail) {
        long id = ++lastId;
        mails.put(id, new QueuedMail(id, mail, QueuedMail.Status.PENDING, 0, clock.instant(), null, null, null));
        nextAttempt.put(id, clock.instant());
        return id;
    }

    @Override
    public synchronized List<QueuedMail> claimDue(Instant now, int limit) {
        var due = mails.values().stream()
                .filter(m -> m.status() == QueuedMail.Status.PENDING && !nextAttempt.get(m.id()).isAfter(now))
                .sorted(Comparator.comparingLong(QueuedMail::id))
                .limit(limit)
                .map(m -> new QueuedMail(m.id(), m.mail(), QueuedMail.Status.SENDING, m.attempts() + 1, m.createdAt(), null, null, m.lastError()))
                .toList();
        due.forEach(m -> mails.put(m.id(), m));
        return due;
    }

    @Override
    public synchronized void markSent(long id, String deliveredVia, Instant when) {
        var m = mails.get(id);
        mails.put(id, new QueuedMail(id, m.mail(), QueuedMail.Status.SENT, m.attempts(), m.createdAt(), when, deliveredVia, m.lastError()));
    }

    @Override
    public synchronized void markFailed(long id, String error, Instant retryAt) {
        var m = mails.get(id);
        var status = retryAt == null ? QueuedMail.Status.FAILED : QueuedMail.Status.PENDING;
        mails.put(id, new QueuedMail(id, m.mail(), status, m.attempts(), m.createdAt(), null, null, error));
        if (retryAt != null) nextAttempt.put(id, retryAt);
    }

    @Override
    public synchronized Backlog backlog() {
        var all = List.copyOf(mails.values());
        var pending = all.stream().filter(m -> m.status() == QueuedMail.Status.PENDING).toList();
        return new Backlog(pending.size(), all.stream().filter(m -> m.status() == QueuedMail.Status.SENDING).count(),
                all.stream().filter(m -> m.status() == QueuedMail.Status.FAILED).count(),
                pending.stream().map(QueuedMail::createdAt).min(Comparator.naturalOrder()).orElse(null));
    }

    @Override
    public synchronized List<QueuedMail> latest(int limit) {
        var list = new ArrayList<>(mails.values());
        list.sort(Comparator.comparingLong(QueuedMail::id).reversed());
        return list.subList(0, Math.min(limit, list.size()));
    }
}
