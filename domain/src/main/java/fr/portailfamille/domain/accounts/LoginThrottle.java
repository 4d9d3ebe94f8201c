package fr.portailfamille.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing on one login without locking its owner out for good: from the
 * {@value #FREE_FAILURES}th consecutive failure on, the next attempt must wait 10 s, then 20 s, 40 s… up to one hour.
 *
 * @param lastFailureAt null when there was no failure since the last success
 */
public record LoginThrottle(int consecutiveFailures, Instant lastFailureAt) {

    /** Failures forgiven before any wait: enough for honest typos and a forgotten Caps Lock. */
    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(10);
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    public LoginThrottle {
        if (consecutiveFailures < 0) throw new IllegalArgumentException("consecutiveFailures must not be negative");
        if ((consecutiveFailures == 0) != (lastFailureAt == null)) {
            throw new IllegalArgumentException("lastFailureAt is set exactly when there are failures");
        }
    }

    public static LoginThrottle none() {
        return new LoginThrottle(0, null);
    }

    public LoginThrottle afterFailure(Instant now) {
        Objects.requireNonNull(now, "now");
        int failures = consecutiveFailures == Integer.MAX_VALUE ? consecutiveFailures : consecutiveFailures + 1;
        return new LoginThrottle(failures, now);
    }

    public LoginThrottle afterSuccess() {
        return none();
    }

    /** Wait imposed after the last failure: 10 s × 2^(failures − 5), capped at one hour. */
    public Duration currentDelay() {
        if (consecutiveFailures < FREE_FAILURES) return Duration.ZERO;
        int doublings = consecutiveFailures - FREE_FAILURES;
        // 10 s × 2^9 already exceeds an hour; stopping there keeps the shift far from overflowing.
        if (doublings >= 9) return MAX_DELAY;
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public Optional<Instant> blockedUntil() {
        Duration delay = currentDelay();
        return delay.isZero() ? Optional.empty() : Optional.of(lastFailureAt.plus(delay));
    }

    /** Blocked until the end of the wait, exclusive: at that very instant a new attempt is allowed. */
    public boolean isBlocked(Instant now) {
        Objects.requireNonNull(now, "now");
        return blockedUntil().map(now::isBefore).orElse(false);
    }

    /** Whole seconds to wait, rounded up so that «réessayez dans 1 s» never turns out to be too early; 0 when free. */
    public long secondsLeft(Instant now) {
        if (!isBlocked(now)) return 0;
        Duration left = Duration.between(now, blockedUntil().orElseThrow());
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }
}
