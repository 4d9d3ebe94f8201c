package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FranceConnectAttemptTest {

    private static final Instant T0 = Instant.parse("2026-10-25T00:55:00Z"); // the night Paris goes back an hour: instants only

    @Test
    void an_attempt_lives_ten_minutes_to_the_second() {
        var attempt = FranceConnectAttempt.signIn("state", "nonce", T0);
        assertFalse(attempt.isExpired(T0.plusSeconds(599)));
        assertTrue(attempt.isExpired(T0.plusSeconds(600)));
    }

    @Test
    void only_the_states_hash_is_kept_and_a_link_names_its_account() {
        var link = FranceConnectAttempt.link(42, "state", "nonce", T0);
        assertEquals(TokenHash.of("state"), link.stateHash());
        assertNotEquals("state", link.stateHash());
        assertEquals(42L, link.accountId());
        assertThrows(IllegalArgumentException.class, () -> new FranceConnectAttempt("h", "n", FranceConnectAttempt.Purpose.LINK, null, T0));
        assertThrows(IllegalArgumentException.class, () -> new FranceConnectAttempt("h", "n", FranceConnectAttempt.Purpose.SIGN_IN, 42L, T0));
    }
}
