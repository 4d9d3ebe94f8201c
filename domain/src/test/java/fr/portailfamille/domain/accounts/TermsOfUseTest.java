package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermsOfUseTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void the_next_version_is_numbered_after_this_one() {
        var first = new TermsOfUse(1, "CGU", "Préambule", T0);
        var second = first.next("CGU 2", "Préambule révisé", T0.plusSeconds(60));
        assertEquals(2, second.version());
        assertEquals("Préambule révisé", second.body());
    }

    @Test
    void a_version_needs_a_positive_number_and_a_text() {
        assertThrows(IllegalArgumentException.class, () -> new TermsOfUse(0, "CGU", "x", T0));
        assertThrows(IllegalArgumentException.class, () -> new TermsOfUse(1, "CGU", " ", T0));
    }
}
