package fr.portailfamille.domain.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a person's notification centre. It says that something happened and links to it; it never carries
 * a message's text nor health data, because it may also go out by mail.
 */
public record Notification(long id, long accountId, NotificationKind kind, String title, String link, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if (Objects.requireNonNull(title, "title").isBlank()) throw new IllegalArgumentException("title is blank");
        if (link != null && !link.startsWith("/")) throw new IllegalArgumentException("link must be a path of the portal");
        if (accountId <= 0) throw new IllegalArgumentException("accountId must be positive");
    }

    public static Notification raise(long accountId, NotificationKind kind, String title, String link, Instant now) {
        return new Notification(0, accountId, kind, title.strip(), link, now, null);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Notification withId(long newId) {
        return new Notification(newId, accountId, kind, title, link, createdAt, readAt);
    }

    /** Reading twice keeps the first time. */
    public Notification readAt(Instant when) {
        return isRead() ? this : new Notification(id, accountId, kind, title, link, createdAt, when);
    }
}
