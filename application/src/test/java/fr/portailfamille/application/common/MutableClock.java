package fr.portailfamille.application.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand; volatile because a simulator may read it from its HTTP threads. Either stopped (the
 * constructor: time passes only through {@link #advance}) or {@linkplain #ticking running} from a chosen instant, for
 * end-to-end tests whose portal also needs seconds to pass (sessions, retries), still moved by hand when a test wants.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    /** The monotonic reading when {@link #now} was last set; negative for a stopped clock. */
    private final long ticksFrom;

    public MutableClock(Instant start) {
        this(start, -1);
    }

    private MutableClock(Instant start, long ticksFrom) {
        this.now = start;
        this.ticksFrom = ticksFrom;
    }

    /** A clock that runs at the pace of real time from {@code start} (a date in the future or the past, as a test needs). */
    public static MutableClock ticking(Instant start) {
        return new MutableClock(start, System.nanoTime());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return ticksFrom < 0 ? now : now.plusNanos(System.nanoTime() - ticksFrom);
    }

    /** The same clock seen from a time zone (so {@code LocalDate.now(clock.withZone(PARIS))} is Paris's day). */
    private static final class Zoned extends Clock {
        private final MutableClock clock;
        private final ZoneId zone;

        Zoned(MutableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
