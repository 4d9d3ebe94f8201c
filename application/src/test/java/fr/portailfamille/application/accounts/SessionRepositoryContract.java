package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.SessionTimes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link SessionRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class SessionRepositoryContract {

    /** An empty repository; several calls within one test give the same store. */
    protected abstract SessionRepository repository();

    /** The accounts of the same store: a session belongs to a stored account. */
    protected abstract AccountRepository accounts();

    private static final Instant NOW = Instant.parse("2026-09-01T20:00:00.123Z");

    private long alice;
    private long bob;

    @BeforeEach
    void twoAccounts() {
        alice = addAccount(accounts(), "alice@exemple.fr").id();
        bob = addAccount(accounts(), "bob@exemple.fr").id();
    }

    private static String hash(int n) {
        return "%064x".formatted(n);
    }

    private static WebSession session(int n, long accountId, Instant createdAt, Instant lastSeenAt) {
        return new WebSession(hash(n), accountId, new SessionTimes(createdAt, lastSeenAt));
    }

    @Test
    void a_created_session_is_found_by_its_id_hash() {
        var sessions = repository();
        var session = session(1, alice, NOW.minus(2, ChronoUnit.HOURS), NOW.minusMillis(250));
        sessions.create(session);
        assertEquals(session, sessions.find(hash(1)).orElseThrow());
        assertTrue(sessions.find(hash(2)).isEmpty());
    }

    @Test
    void touch_moves_the_last_request_forward_never_back() {
        var sessions = repository();
        sessions.create(session(1, alice, NOW, NOW));
        sessions.touch(hash(1), NOW.plusSeconds(60));
        assertEquals(new SessionTimes(NOW, NOW.plusSeconds(60)), sessions.find(hash(1)).orElseThrow().times());
        // a slow request that started earlier finishes later: the clock stays where it is
        sessions.touch(hash(1), NOW.plusSeconds(30));
        assertEquals(new SessionTimes(NOW, NOW.plusSeconds(60)), sessions.find(hash(1)).orElseThrow().times());
    }

    @Test
    void touching_a_session_that_is_gone_creates_nothing() {
        var sessions = repository();
        sessions.touch(hash(1), NOW);
        assertTrue(sessions.find(hash(1)).isEmpty());
    }

    @Test
    void delete_ends_that_session_only() {
        var sessions = repository();
        sessions.create(session(1, alice, NOW, NOW));
        sessions.create(session(2, alice, NOW, NOW));
        sessions.delete(hash(1));
        assertTrue(sessions.find(hash(1)).isEmpty());
        assertTrue(sessions.find(hash(2)).isPresent());
    }

    @Test
    void delete_for_account_ends_every_session_of_that_account_only() {
        var sessions = repository();
        sessions.create(session(1, alice, NOW, NOW));
        sessions.create(session(2, alice, NOW, NOW));
        sessions.create(session(3, bob, NOW, NOW));
        sessions.deleteForAccount(alice);
        assertTrue(sessions.find(hash(1)).isEmpty());
        assertTrue(sessions.find(hash(2)).isEmpty());
        assertTrue(sessions.find(hash(3)).isPresent());
    }

    @Test
    void delete_expired_applies_exactly_the_idle_and_absolute_timeouts_of_session_times() {
        var sessions = repository();
        Duration idle = SessionTimes.IDLE_TIMEOUT;
        Duration absolute = SessionTimes.ABSOLUTE_TIMEOUT;
        Instant anHourAgo = NOW.minus(1, ChronoUnit.HOURS);
        var all = List.of(
                session(1, alice, anHourAgo, NOW.minus(idle).plusMillis(1)),          // idle just under 30 min: kept
                session(2, alice, anHourAgo, NOW.minus(idle)),                        // idle exactly 30 min: expired
                session(3, bob, anHourAgo, NOW.minus(idle).minusSeconds(60)),         // idle 31 min: expired
                session(4, bob, NOW.minus(absolute), NOW.minusSeconds(60)),           // signed in 12 h ago, active: expired
                session(5, bob, NOW.minus(absolute).plusMillis(1), NOW.minusSeconds(60)), // 12 h minus 1 ms: kept
                session(6, alice, NOW, NOW));                                         // just signed in: kept
        all.forEach(sessions::create);

        assertEquals(3, sessions.deleteExpired(NOW));

        for (var s : all) {
            assertEquals(!s.times().isExpired(NOW), sessions.find(s.idHash()).isPresent(), "session " + s.idHash());
        }
        assertEquals(List.of(1, 5, 6), all.stream().filter(s -> sessions.find(s.idHash()).isPresent())
                .map(s -> Integer.parseInt(s.idHash(), 16)).toList());
        assertEquals(0, sessions.deleteExpired(NOW));
    }
}
