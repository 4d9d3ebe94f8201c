package fr.portailfamille.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a signed-in session ends: after half an hour without a request (a family computer left open), or twelve
 * hours after sign-in whatever the activity (a stolen session cookie does not live for ever).
 */
public record SessionTimes(Instant createdAt, Instant lastSeenAt) {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

    public SessionTimes {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if (lastSeenAt.isBefore(createdAt)) throw new IllegalArgumentException("lastSeenAt is before createdAt");
    }

    public static SessionTimes start(Instant now) {
        return new SessionTimes(now, now);
    }

    /** A request arrived; a late-arriving earlier request does not move the clock back. */
    public SessionTimes touch(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isAfter(lastSeenAt) ? new SessionTimes(createdAt, now) : this;
    }

    public boolean isExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT)) || !now.isBefore(createdAt.plus(ABSOLUTE_TIMEOUT));
    }
}
