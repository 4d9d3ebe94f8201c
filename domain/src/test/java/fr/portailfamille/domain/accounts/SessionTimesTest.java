package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTimesTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void idle_for_thirty_minutes_exactly_ends_the_session() {
        var session = SessionTimes.start(T0);
        var idleEnd = T0.plus(Duration.ofMinutes(30));
        assertFalse(session.isExpired(idleEnd.minusNanos(1)));
        assertTrue(session.isExpired(idleEnd));
    }

    @Test
    void activity_postpones_the_idle_end() {
        var session = SessionTimes.start(T0).touch(T0.plus(Duration.ofMinutes(20)));
        assertFalse(session.isExpired(T0.plus(Duration.ofMinutes(49))));
        assertTrue(session.isExpired(T0.plus(Duration.ofMinutes(50))));
    }

    @Test
    void twelve_hours_after_sign_in_the_session_ends_however_active() {
        var session = SessionTimes.start(T0);
        var absoluteEnd = T0.plus(Duration.ofHours(12));
        for (var t = T0; t.isBefore(absoluteEnd); t = t.plus(Duration.ofMinutes(10))) {
            session = session.touch(t);
        }
        session = session.touch(absoluteEnd.minusNanos(1));
        assertFalse(session.isExpired(absoluteEnd.minusNanos(1)));
        assertTrue(session.isExpired(absoluteEnd));
    }

    @Test
    void an_earlier_request_arriving_late_does_not_move_the_clock_back() {
        var session = SessionTimes.start(T0).touch(T0.plusSeconds(600));
        assertEquals(session, session.touch(T0.plusSeconds(300)));
    }

    @Test
    void timeouts_are_thirty_minutes_and_twelve_hours() {
        assertEquals(Duration.ofMinutes(30), SessionTimes.IDLE_TIMEOUT);
        assertEquals(Duration.ofHours(12), SessionTimes.ABSOLUTE_TIMEOUT);
    }
}
