package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditEventTest {

    @ParameterizedTest
    @EnumSource(AuditEventType.class)
    void every_event_type_has_a_french_label(AuditEventType type) {
        assertFalse(type.label().isBlank());
        assertFalse(type.label().equalsIgnoreCase(type.name().replace('_', ' ')), "label still in English");
    }

    @Test
    void labels_tell_event_types_apart() {
        var labels = Arrays.stream(AuditEventType.values()).map(AuditEventType::label).collect(Collectors.toSet());
        assertEquals(AuditEventType.values().length, labels.size());
        assertEquals("Compte créé", AuditEventType.ACCOUNT_CREATED.label());
        assertEquals("Connexion échouée", AuditEventType.LOGIN_FAILED.label());
    }

    @Test
    void an_event_needs_a_type_and_an_instant_only() {
        var at = Instant.parse("2026-09-01T08:00:00Z");
        var event = new AuditEvent(AuditEventType.LOGIN_FAILED, null, null, at, null, null);
        assertEquals(at, event.at());
        assertThrows(NullPointerException.class, () -> new AuditEvent(null, 1L, 1L, at, null, null));
        assertThrows(NullPointerException.class, () -> new AuditEvent(AuditEventType.LOGOUT, 1L, 1L, null, null, null));
    }
}
