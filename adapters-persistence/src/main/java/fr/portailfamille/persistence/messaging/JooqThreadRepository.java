package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.ThreadRepository;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.MessageRecord;
import fr.portailfamille.persistence.schema.tables.records.MessageThreadRecord;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.MESSAGE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_ATTACHMENT;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;

public final class JooqThreadRepository implements ThreadRepository {

    private final Db db;

    public JooqThreadRepository(Db db) {
        this.db = db;
    }

    @Override
    public MessageThread create(MessageThread t) {
        var record = record(t);
        record.reset(MESSAGE_THREAD.ID);
        long id = db.dsl().insertInto(MESSAGE_THREAD).set(record).returning(MESSAGE_THREAD.ID).fetchOne(MESSAGE_THREAD.ID);
        return t.withId(id);
    }

    @Override
    public void update(MessageThread t) {
        int changed = db.dsl().update(MESSAGE_THREAD).set(record(t)).where(MESSAGE_THREAD.ID.eq(t.id())).execute();
        if (changed != 1) throw new IllegalArgumentException("unknown thread " + t.id());
    }

    @Override
    public Optional<MessageThread> find(long threadId) {
        return db.dsl().selectFrom(MESSAGE_THREAD).where(MESSAGE_THREAD.ID.eq(threadId)).fetchOptional(JooqThreadRepository::toThread);
    }

    @Override
    public Message add(Message m, byte[] attachmentContent) {
        var a = m.attachment();
        long id = db.dsl().insertInto(MESSAGE)
                .set(MESSAGE.THREAD_ID, m.threadId())
                .set(MESSAGE.AUTHOR_ACCOUNT_ID, m.authorAccountId())
                .set(MESSAGE.FROM_TOWN, m.fromTown())
                .set(MESSAGE.TEXT, m.text())
                .set(MESSAGE.SENT_AT, utc(m.sentAt()))
                .set(MESSAGE.ATTACHMENT_NAME, a == null ? null : a.name())
                .set(MESSAGE.ATTACHMENT_TYPE, a == null ? null : a.mediaType())
                .set(MESSAGE.ATTACHMENT_SIZE, a == null ? null : a.size())
                .returning(MESSAGE.ID).fetchOne(MESSAGE.ID);
        if (attachmentContent != null) {
            db.dsl().insertInto(MESSAGE_ATTACHMENT).set(MESSAGE_ATTACHMENT.MESSAGE_ID, id).set(MESSAGE_ATTACHMENT.CONTENT, attachmentContent).execute();
        }
        return m.withId(id);
    }

    @Override
    public List<Message> messages(long threadId) {
        return db.dsl().selectFrom(MESSAGE).where(MESSAGE.THREAD_ID.eq(threadId)).orderBy(MESSAGE.ID).fetch(JooqThreadRepository::toMessage);
    }

    @Override
    public List<MessageThread> ofHousehold(long householdId) {
        return db.dsl().selectFrom(MESSAGE_THREAD).where(MESSAGE_THREAD.HOUSEHOLD_ID.eq(householdId))
                .orderBy(MESSAGE_THREAD.LAST_MESSAGE_AT.desc(), MESSAGE_THREAD.ID.desc()).fetch(JooqThreadRepository::toThread);
    }

    @Override
    public List<MessageThread> inbox(TownService service, boolean openOnly) {
        return db.dsl().selectFrom(MESSAGE_THREAD)
                .where(MESSAGE_THREAD.SERVICE.eq(service.name()).and(openOnly ? MESSAGE_THREAD.OPEN.isTrue() : DSL.noCondition()))
                .orderBy(MESSAGE_THREAD.LAST_MESSAGE_AT.desc(), MESSAGE_THREAD.ID.desc()).limit(500).fetch(JooqThreadRepository::toThread);
    }

    @Override
    public Optional<Message> findMessage(long messageId) {
        return db.dsl().selectFrom(MESSAGE).where(MESSAGE.ID.eq(messageId)).fetchOptional(JooqThreadRepository::toMessage);
    }

    @Override
    public Optional<byte[]> attachment(long messageId) {
        return db.dsl().select(MESSAGE_ATTACHMENT.CONTENT).from(MESSAGE_ATTACHMENT).where(MESSAGE_ATTACHMENT.MESSAGE_ID.eq(messageId))
                .fetchOptional(MESSAGE_ATTACHMENT.CONTENT);
    }

    private MessageThreadRecord record(MessageThread t) {
        var r = db.dsl().newRecord(MESSAGE_THREAD);
        r.setId(t.id());
        r.setHouseholdId(t.householdId());
        r.setService(t.service().name());
        r.setSubject(t.subject());
        r.setOpen(t.open());
        r.setAssignedTo(t.assignedTo());
        r.setCreatedAt(utc(t.createdAt()));
        r.setLastMessageAt(utc(t.lastMessageAt()));
        r.setUnreadByFamily(t.unreadByFamily());
        r.setUnreadByTown(t.unreadByTown());
        return r;
    }

    private static MessageThread toThread(MessageThreadRecord r) {
        return new MessageThread(r.getId(), r.getHouseholdId(), TownService.valueOf(r.getService()), r.getSubject(), r.getOpen(),
                r.getAssignedTo(), r.getCreatedAt().toInstant(), r.getLastMessageAt().toInstant(), r.getUnreadByFamily(), r.getUnreadByTown());
    }

    private static Message toMessage(MessageRecord r) {
        var attachment = r.getAttachmentName() == null ? null
                : new Message.Attachment(r.getAttachmentName(), r.getAttachmentType(), r.getAttachmentSize());
        return new Message(r.getId(), r.getThreadId(), r.getAuthorAccountId(), r.getFromTown(), r.getText(), r.getSentAt().toInstant(), attachment);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
