package fr.portailfamille.web.billing;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cheap per-address limit on the payment provider's notification endpoint: each notice costs the portal a call
 * to the provider (its content is never trusted), so a flood from one address must not turn the portal into an
 * amplifier. Beyond {@code limit} notices a minute an address is answered 429 without being read; a genuine notice
 * dropped that way is still settled by the reconciliation job. Counted in memory, per portal instance.
 */
final class NoticeRateLimit {

    static final int PER_MINUTE = 120;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    // beyond this many addresses, the windows that ended are forgotten (a spoofed-address flood must not fill memory)
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    NoticeRateLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts the notice; false when the address already sent {@code limit} in the current minute. */
    boolean allow(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_ADDRESSES) windows.values().removeIf(w -> now - w.start() >= WINDOW.toMillis());
        var window = windows.compute(address, (a, w) -> w == null || now - w.start() >= WINDOW.toMillis() ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        return window.count() <= limit;
    }
}
