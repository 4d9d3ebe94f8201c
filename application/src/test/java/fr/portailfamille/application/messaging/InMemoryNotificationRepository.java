package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.Notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryNotificationRepository implements NotificationRepository {

    private final Map<Long, Notification> notifications = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Notification add(Notification notification) {
        var stored = notification.withId(++lastId);
        notifications.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<Notification> latest(long accountId, int limit) {
        var mine = new ArrayList<>(notifications.values().stream().filter(n -> n.accountId() == accountId).toList());
        mine.sort(Comparator.comparingLong(Notification::id).reversed());
        return mine.subList(0, Math.min(limit, mine.size()));
    }

    @Override
    public synchronized int unreadCount(long accountId) {
        return (int) notifications.values().stream().filter(n -> n.accountId() == accountId && !n.isRead()).count();
    }

    @Override
    public synchronized Optional<Notification> find(long notificationId, long accountId) {
        return Optional.ofNullable(notifications.get(notificationId)).filter(n -> n.accountId() == accountId);
    }

    @Override
    public synchronized boolean markRead(long notificationId, long accountId, Instant when) {
        var mine = find(notificationId, accountId);
        mine.ifPresent(n -> notifications.put(n.id(), n.readAt(when)));
        return mine.isPresent();
    }

    @Override
    public synchronized int markAllRead(long accountId, Instant when) {
        var unread = notifications.values().stream().filter(n -> n.accountId() == accountId && !n.isRead()).toList();
        unread.forEach(n -> notifications.put(n.id(), n.readAt(when)));
        return unread.size();
    }
}
