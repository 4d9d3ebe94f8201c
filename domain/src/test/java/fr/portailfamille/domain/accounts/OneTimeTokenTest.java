package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimeTokenTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final String RAW = "q8Zr1YpWkT3vNc6HsJ0bXfLm2AeUgD9o";

    private static OneTimeToken activationToken() {
        return OneTimeToken.issue(RAW, TokenPurpose.ACTIVATION, 42, T0, TokenPurpose.ACTIVATION.defaultValidity(), null);
    }

    @Test
    void an_issued_token_stores_the_hash_never_the_raw_token() {
        var token = activationToken();
        assertNotEquals(RAW, token.hash());
        assertEquals(TokenHash.of(RAW), token.hash());
        assertEquals(T0.plus(Duration.ofHours(168)), token.expiresAt());
        assertNull(token.usedAt());
    }

    @Test
    void a_raw_token_is_rejected_where_a_hash_is_expected() {
        assertThrows(IllegalArgumentException.class,
                () -> new OneTimeToken(RAW, TokenPurpose.ACTIVATION, 42, T0, null, null));
    }

    @Test
    void valid_until_the_instant_before_expiry_expired_exactly_at_it() {
        var token = activationToken();
        var expiry = token.expiresAt();
        assertEquals(new TokenCheck.Valid(token), token.check(expiry.minusNanos(1)));
        assertInstanceOf(TokenCheck.Expired.class, token.check(expiry));
        assertInstanceOf(TokenCheck.Expired.class, token.check(expiry.plusSeconds(1)));
    }

    @Test
    void a_used_token_is_refused_even_before_expiry() {
        var used = activationToken().useAt(T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60), used.usedAt());
        assertInstanceOf(TokenCheck.AlreadyUsed.class, used.check(T0.plusSeconds(61)));
    }

    @Test
    void used_wins_over_expired() {
        var used = activationToken().useAt(T0.plusSeconds(60));
        assertInstanceOf(TokenCheck.AlreadyUsed.class, used.check(used.expiresAt().plusSeconds(1)));
    }

    @Test
    void using_a_token_twice_is_a_programming_error() {
        var used = activationToken().useAt(T0.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> used.useAt(T0.plusSeconds(61)));
    }

    @Test
    void the_payload_travels_with_the_token() {
        var token = OneTimeToken.issue(RAW, TokenPurpose.EMAIL_CHANGE, 42, T0,
                TokenPurpose.EMAIL_CHANGE.defaultValidity(), "nouvelle@exemple.fr");
        assertEquals("nouvelle@exemple.fr", token.useAt(T0).payload());
        assertEquals(T0.plus(Duration.ofHours(24)), token.expiresAt());
    }

    @Test
    void default_validities_follow_what_each_link_grants() {
        assertEquals(Duration.ofHours(168), TokenPurpose.ACTIVATION.defaultValidity());
        assertEquals(Duration.ofHours(1), TokenPurpose.PASSWORD_RESET.defaultValidity());
        assertEquals(Duration.ofHours(24), TokenPurpose.EMAIL_CHANGE.defaultValidity());
    }

    @Test
    void refusals_explain_themselves_in_french() {
        assertEquals("Ce lien a expiré. Demandez un nouveau lien à l'Espace Services ou utilisez « mot de passe oublié ? ».",
                new TokenCheck.Expired().message());
        assertEquals("Ce lien a déjà été utilisé.", new TokenCheck.AlreadyUsed().message());
        assertEquals("Ce lien n'est pas valide. Vérifiez que vous avez copié l'adresse complète.", new TokenCheck.Unknown().message());
        assertTrue(new TokenCheck.Valid(activationToken()).message().isEmpty());
    }

    @Test
    void issuing_needs_a_positive_validity_and_a_stored_account() {
        assertThrows(IllegalArgumentException.class,
                () -> OneTimeToken.issue(RAW, TokenPurpose.ACTIVATION, 42, T0, Duration.ZERO, null));
        assertThrows(IllegalArgumentException.class,
                () -> OneTimeToken.issue(RAW, TokenPurpose.ACTIVATION, 0, T0, Duration.ofHours(1), null));
        assertThrows(IllegalArgumentException.class,
                () -> OneTimeToken.issue(" ", TokenPurpose.ACTIVATION, 42, T0, Duration.ofHours(1), null));
    }
}
