package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private static LoginThrottle failures(int count) {
        var throttle = LoginThrottle.none();
        for (int i = 0; i < count; i++) throttle = throttle.afterFailure(T0);
        return throttle;
    }

    @ParameterizedTest(name = "{0} failures → wait {1} s")
    @CsvSource({
            "0, 0",
            "4, 0",
            "5, 10",
            "6, 20",
            "7, 40",
            "13, 2560",
            "14, 3600",
            "100, 3600",
    })
    void the_wait_doubles_from_the_fifth_failure_up_to_an_hour(int count, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), failures(count).currentDelay());
    }

    @Test
    void huge_failure_counts_do_not_overflow() {
        var throttle = new LoginThrottle(Integer.MAX_VALUE, T0);
        assertEquals(Duration.ofHours(1), throttle.currentDelay());
        assertEquals(Integer.MAX_VALUE, throttle.afterFailure(T0).consecutiveFailures());
        for (int count : new int[] {36, 37, 68, 69, 1_000_000}) {
            assertEquals(Duration.ofHours(1), new LoginThrottle(count, T0).currentDelay(), count + " failures");
        }
    }

    @Test
    void four_failures_block_nothing() {
        var throttle = failures(4);
        assertEquals(Optional.empty(), throttle.blockedUntil());
        assertFalse(throttle.isBlocked(T0));
        assertEquals(0, throttle.secondsLeft(T0));
    }

    @Test
    void blocked_until_the_end_of_the_wait_exclusive() {
        var throttle = failures(5);
        var end = T0.plusSeconds(10);
        assertEquals(Optional.of(end), throttle.blockedUntil());
        assertTrue(throttle.isBlocked(T0));
        assertTrue(throttle.isBlocked(end.minusNanos(1)));
        assertFalse(throttle.isBlocked(end));
    }

    @Test
    void seconds_left_are_rounded_up() {
        var throttle = failures(5);
        assertEquals(10, throttle.secondsLeft(T0));
        assertEquals(10, throttle.secondsLeft(T0.plusMillis(1)));
        assertEquals(1, throttle.secondsLeft(T0.plusMillis(9_999)));
        assertEquals(0, throttle.secondsLeft(T0.plusSeconds(10)));
    }

    @Test
    void the_wait_counts_from_the_last_failure() {
        var throttle = failures(5).afterFailure(T0.plusSeconds(30));
        assertEquals(Optional.of(T0.plusSeconds(50)), throttle.blockedUntil());
    }

    @Test
    void a_success_forgives_every_failure() {
        var throttle = failures(7).afterSuccess();
        assertEquals(LoginThrottle.none(), throttle);
        assertFalse(throttle.isBlocked(T0));
    }

    @Test
    void failures_and_their_instant_go_together() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, null));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, T0));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(-1, T0));
    }
}
