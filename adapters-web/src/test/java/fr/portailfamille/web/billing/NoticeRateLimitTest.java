package fr.portailfamille.web.billing;

import fr.portailfamille.application.common.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final NoticeRateLimit limit = new NoticeRateLimit(clock, 3);

    @Test
    void an_address_gets_its_quota_per_minute_then_is_refused_until_the_next_minute() {
        assertEquals(3, IntStream.range(0, 5).filter(i -> limit.allow("203.0.113.7")).count());
        assertTrue(limit.allow("198.51.100.1"), "another address keeps its own quota");
        clock.advance(Duration.ofSeconds(59));
        assertFalse(limit.allow("203.0.113.7"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limit.allow("203.0.113.7"), "a new minute, a new quota");
    }

    @Test
    void a_flood_of_addresses_does_not_keep_every_window_forever() {
        IntStream.range(0, 10_050).forEach(i -> limit.allow("10.0." + (i / 256) + "." + (i % 256)));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(limit.allow("10.9.9.9"));
        assertTrue(limit.allow("10.0.0.0"), "the old window was forgotten, not counted on");
    }
}
