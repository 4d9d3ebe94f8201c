package fr.portailfamille.application.messaging.port;

import fr.portailfamille.domain.messaging.Notification;

import java.time.Instant;
import java.util.List;

/** Out-port: each account's notifications. */
public interface NotificationRepository {

    /** @return the notification with its id */
    Notification add(Notification notification);

    /** Most recent first. */
    List<Notification> latest(long accountId, int limit);

    int unreadCount(long accountId);

    /** The account's notification of this id; empty when it is someone else's. */
    java.util.Optional<Notification> find(long notificationId, long accountId);

    /** Marks one of the account's notifications read; false when it is not the account's (or does not exist). */
    boolean markRead(long notificationId, long accountId, Instant when);

    /** @return how many were unread */
    int markAllRead(long accountId, Instant when);
}
