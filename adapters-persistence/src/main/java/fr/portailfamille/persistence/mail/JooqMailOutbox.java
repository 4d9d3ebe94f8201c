package fr.portailfamille.persistence.mail;

import fr.portailfamille.application.mail.MailAttachment;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.application.mail.QueuedMail;
import fr.portailfamille.persistence.Bulk;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.MailStatus;
import fr.portailfamille.persistence.schema.tables.records.MailOutboxRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

public final class JooqMailOutbox implements MailOutbox {

    private final Db db;
    private final Clock clock;

    /**
     * @param clock the portal's: a mail is queued, and first due, at its «now» (never the database's, which tests and
     *              a shifted clock do not control; the worker claims what is due at the same clock's «now»)
     */
    public JooqMailOutbox(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long enqueue(OutgoingMail mail) {
        var now = utc(clock.instant());
        return db.dsl().insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.RECIPIENT, mail.to())
                .set(MAIL_OUTBOX.SENDER, mail.from())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.TEXT_BODY, mail.textBody())
                .set(MAIL_OUTBOX.HTML_BODY, mail.htmlBody())
                .set(MAIL_OUTBOX.ATTACHMENT_NAMES, names(mail))
                .set(MAIL_OUTBOX.ATTACHMENT_TYPES, types(mail))
                .set(MAIL_OUTBOX.ATTACHMENT_REFS, refs(mail))
                .returning(MAIL_OUTBOX.ID)
                .fetchOne(MAIL_OUTBOX.ID);
    }

    private static final String SEPARATOR = "\u001F";
    private static final List<Bulk.Column> MAILS = List.of(new Bulk.Column("recipient", "text"), new Bulk.Column("sender", "text"),
            new Bulk.Column("subject", "text"), new Bulk.Column("text_body", "text"), new Bulk.Column("html_body", "text"),
            new Bulk.Column("names", "text"), new Bulk.Column("types", "text"), new Bulk.Column("refs", "text"),
            new Bulk.Column("queued_at", "timestamptz"));

    /**
     * One INSERT for all the mails (an invoicing run's thousands): each row's attachments travel joined by a unit
     * separator, split back into arrays by the server.
     */
    @Override
    public void enqueueAll(List<OutgoingMail> mails) {
        String now = clock.instant().toString();
        Bulk.execute(db.dsl(), "INSERT INTO mail_outbox (recipient, sender, subject, text_body, html_body, attachment_names, attachment_types, "
                        + "attachment_refs, created_at, next_attempt_at) SELECT recipient, sender, subject, text_body, html_body, string_to_array(names, E'\\x1F'), "
                        + "string_to_array(types, E'\\x1F'), string_to_array(refs, E'\\x1F'), queued_at, queued_at FROM {rows}", MAILS,
                mails.stream().map(m -> new Object[]{m.to(), m.from(), m.subject(), m.textBody(), m.htmlBody(), String.join(SEPARATOR, List.of(names(m))),
                        String.join(SEPARATOR, List.of(types(m))), String.join(SEPARATOR, List.of(refs(m))), now}).toList());
    }

    private static String[] names(OutgoingMail mail) {
        return mail.attachments().stream().map(MailAttachment::fileName).toArray(String[]::new);
    }

    private static String[] types(OutgoingMail mail) {
        return mail.attachments().stream().map(MailAttachment::contentType).toArray(String[]::new);
    }

    private static String[] refs(OutgoingMail mail) {
        return mail.attachments().stream().map(MailAttachment::reference).toArray(String[]::new);
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit) {
        // SKIP LOCKED: two portal instances claiming at once each get different rows.
        var due = select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(utc(now))))
                .orderBy(MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate().skipLocked();
        return db.dsl().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.ID.in(due))
                .returning()
                .fetch(JooqMailOutbox::toQueued)
                .stream().sorted(Comparator.comparingLong(QueuedMail::id)).toList();
    }

    @Override
    public void markSent(long id, String deliveredVia, Instant when) {
        db.dsl().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT)
                .set(MAIL_OUTBOX.SENT_AT, utc(when))
                .set(MAIL_OUTBOX.DELIVERED_VIA, deliveredVia)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public void markFailed(long id, String error, Instant retryAt) {
        var update = db.dsl().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.STATUS, retryAt == null ? MailStatus.FAILED : MailStatus.PENDING);
        (retryAt == null ? update : update.set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, utc(retryAt)))
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public Backlog backlog() {
        var counts = db.dsl().select(MAIL_OUTBOX.STATUS, count(), min(MAIL_OUTBOX.CREATED_AT)).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.ne(MailStatus.SENT)).groupBy(MAIL_OUTBOX.STATUS)
                .fetchMap(r -> r.value1(), r -> r);
        var pending = counts.get(MailStatus.PENDING);
        return new Backlog(pending == null ? 0 : pending.value2(), counts.containsKey(MailStatus.SENDING) ? counts.get(MailStatus.SENDING).value2() : 0,
                counts.containsKey(MailStatus.FAILED) ? counts.get(MailStatus.FAILED).value2() : 0,
                pending == null ? null : pending.value3().toInstant());
    }

    @Override
    public List<QueuedMail> latest(int limit) {
        return db.dsl().selectFrom(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID.desc()).limit(limit).fetch(JooqMailOutbox::toQueued);
    }

    private static QueuedMail toQueued(MailOutboxRecord r) {
        return new QueuedMail(r.getId(),
                new OutgoingMail(r.getRecipient(), r.getSender(), r.getSubject(), r.getTextBody(), r.getHtmlBody(), attachments(r)),
                QueuedMail.Status.valueOf(r.getStatus().getLiteral()), r.getAttempts(), r.getCreatedAt().toInstant(),
                r.getSentAt() == null ? null : r.getSentAt().toInstant(), r.getDeliveredVia(), r.getLastError());
    }

    private static List<MailAttachment> attachments(MailOutboxRecord r) {
        var files = new ArrayList<MailAttachment>();
        for (int i = 0; i < r.getAttachmentRefs().length; i++) {
            files.add(new MailAttachment(r.getAttachmentNames()[i], r.getAttachmentTypes()[i], r.getAttachmentRefs()[i]));
        }
        return files;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
