package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link AuditLog}: every adapter runs it (in-memory and jOOQ). */
public abstract class AuditLogContract {

    /** An empty log; several calls within one test give the same store. */
    protected abstract AuditLog repository();

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");

    // Subjects and actors are plain ids: the journal has no foreign keys, it outlives purged accounts.
    private static AuditEvent event(int n, Long subject) {
        return new AuditEvent(AuditEventType.LOGIN_SUCCEEDED, subject, subject, T0.plusSeconds(n), "203.0.113." + n, "n°" + n);
    }

    @Test
    void an_empty_log_has_nothing_to_show() {
        assertTrue(repository().latest(null, 10).isEmpty());
        assertTrue(repository().latest(42L, 10).isEmpty());
    }

    @Test
    void every_field_round_trips_including_empty_ones() {
        var log = repository();
        var full = new AuditEvent(AuditEventType.EMAIL_CHANGED, 7L, 42L, T0, "2001:db8::1", "ancienne : a•••@exemple.fr « avant »");
        var bare = new AuditEvent(AuditEventType.LOGIN_FAILED, null, null, T0.plusMillis(1), null, null);
        log.record(full);
        log.record(bare);
        assertEquals(List.of(bare, full), log.latest(null, 10));
    }

    @Test
    void every_kind_of_event_can_be_recorded() {
        var log = repository();
        var recorded = new ArrayList<AuditEvent>();
        for (var type : AuditEventType.values()) {
            var event = new AuditEvent(type, 1L, 2L, T0.plusSeconds(type.ordinal()), null, null);
            log.record(event);
            recorded.addFirst(event);
        }
        assertEquals(recorded, log.latest(null, 100));
    }

    @Test
    void latest_gives_the_most_recent_first_up_to_the_limit() {
        var log = repository();
        for (int n = 1; n <= 5; n++) log.record(event(n, 42L));
        assertEquals(List.of(event(5, 42L), event(4, 42L), event(3, 42L)), log.latest(null, 3));
        assertEquals(5, log.latest(null, 10).size());
    }

    @Test
    void latest_about_an_account_shows_only_the_events_about_it() {
        var log = repository();
        log.record(event(1, 42L));
        log.record(event(2, 43L));
        log.record(event(3, null));
        log.record(event(4, 42L));
        log.record(event(5, 42L));
        assertEquals(List.of(event(5, 42L), event(4, 42L), event(1, 42L)), log.latest(42L, 10));
        assertEquals(List.of(event(5, 42L), event(4, 42L)), log.latest(42L, 2));
        assertEquals(List.of(event(2, 43L)), log.latest(43L, 10));
        assertTrue(log.latest(44L, 10).isEmpty());
        assertEquals(5, log.latest(null, 10).size());
    }
}
