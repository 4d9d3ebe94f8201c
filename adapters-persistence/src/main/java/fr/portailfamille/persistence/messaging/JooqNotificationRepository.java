package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.NotificationRepository;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.NotificationRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.NOTIFICATION;

public final class JooqNotificationRepository implements NotificationRepository {

    private final Db db;

    public JooqNotificationRepository(Db db) {
        this.db = db;
    }

    @Override
    public Notification add(Notification n) {
        long id = db.dsl().insertInto(NOTIFICATION)
                .set(NOTIFICATION.ACCOUNT_ID, n.accountId())
                .set(NOTIFICATION.KIND, n.kind().name())
                .set(NOTIFICATION.TITLE, n.title())
                .set(NOTIFICATION.LINK, n.link())
                .set(NOTIFICATION.CREATED_AT, n.createdAt().atOffset(ZoneOffset.UTC))
                .set(NOTIFICATION.READ_AT, n.readAt() == null ? null : n.readAt().atOffset(ZoneOffset.UTC))
                .returning(NOTIFICATION.ID).fetchOne(NOTIFICATION.ID);
        return n.withId(id);
    }

    @Override
    public List<Notification> latest(long accountId, int limit) {
        return db.dsl().selectFrom(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.ID.desc()).limit(limit).fetch(JooqNotificationRepository::toNotification);
    }

    @Override
    public int unreadCount(long accountId) {
        return db.dsl().fetchCount(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId).and(NOTIFICATION.READ_AT.isNull()));
    }

    @Override
    public Optional<Notification> find(long notificationId, long accountId) {
        return db.dsl().selectFrom(NOTIFICATION).where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.ACCOUNT_ID.eq(accountId)))
                .fetchOptional(JooqNotificationRepository::toNotification);
    }

    @Override
    public boolean markRead(long notificationId, long accountId, Instant when) {
        int mine = db.dsl().fetchCount(NOTIFICATION, NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.ACCOUNT_ID.eq(accountId)));
        db.dsl().update(NOTIFICATION).set(NOTIFICATION.READ_AT, when.atOffset(ZoneOffset.UTC))
                .where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.ACCOUNT_ID.eq(accountId)).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
        return mine == 1;
    }

    @Override
    public int markAllRead(long accountId, Instant when) {
        return db.dsl().update(NOTIFICATION).set(NOTIFICATION.READ_AT, when.atOffset(ZoneOffset.UTC))
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId).and(NOTIFICATION.READ_AT.isNull())).execute();
    }

    private static Notification toNotification(NotificationRecord r) {
        return new Notification(r.getId(), r.getAccountId(), NotificationKind.valueOf(r.getKind()), r.getTitle(), r.getLink(),
                r.getCreatedAt().toInstant(), r.getReadAt() == null ? null : r.getReadAt().toInstant());
    }
}
