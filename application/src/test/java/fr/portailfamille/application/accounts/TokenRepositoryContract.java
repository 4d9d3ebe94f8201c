package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenHash;
import fr.portailfamille.domain.accounts.TokenPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link TokenRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class TokenRepositoryContract {

    /** An empty repository; several calls within one test give the same store. */
    protected abstract TokenRepository repository();

    /** The accounts of the same store: a token belongs to a stored account. */
    protected abstract AccountRepository accounts();

    protected static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");

    protected long alice;
    protected long bob;

    @BeforeEach
    void twoAccounts() {
        alice = addAccount(accounts(), "alice@exemple.fr").id();
        bob = addAccount(accounts(), "bob@exemple.fr").id();
    }

    protected static OneTimeToken token(String raw, TokenPurpose purpose, long accountId) {
        return OneTimeToken.issue(raw, purpose, accountId, T0, purpose.defaultValidity(), null);
    }

    @Test
    void a_saved_token_is_found_by_its_hash_with_every_field() {
        var tokens = repository();
        var activation = token("lien-activation", TokenPurpose.ACTIVATION, alice);
        var emailChange = OneTimeToken.issue("lien-e-mail", TokenPurpose.EMAIL_CHANGE, alice, T0, Duration.ofMinutes(90), "nouvelle@exemple.fr");
        var reset = new OneTimeToken(TokenHash.of("lien-reset"), TokenPurpose.PASSWORD_RESET, bob,
                T0.plus(1, ChronoUnit.HOURS), T0.plusMillis(1500), null);
        tokens.save(activation);
        tokens.save(emailChange);
        tokens.save(reset);
        assertEquals(activation, tokens.findByHash(activation.hash()).orElseThrow());
        assertEquals(emailChange, tokens.findByHash(TokenHash.of("lien-e-mail")).orElseThrow());
        assertEquals(reset, tokens.findByHash(reset.hash()).orElseThrow());
    }

    @Test
    void an_unknown_hash_finds_nothing() {
        var tokens = repository();
        tokens.save(token("lien", TokenPurpose.ACTIVATION, alice));
        assertTrue(tokens.findByHash(TokenHash.of("autre")).isEmpty());
    }

    @Test
    void a_hash_is_stored_once() {
        var tokens = repository();
        tokens.save(token("lien", TokenPurpose.ACTIVATION, alice));
        assertThrows(RuntimeException.class, () -> tokens.save(token("lien", TokenPurpose.PASSWORD_RESET, bob)));
        assertEquals(alice, tokens.findByHash(TokenHash.of("lien")).orElseThrow().accountId());
    }

    @Test
    void a_token_is_marked_used_once_only() {
        var tokens = repository();
        var token = token("lien", TokenPurpose.ACTIVATION, alice);
        tokens.save(token);
        assertTrue(tokens.markUsed(token.hash(), T0.plusSeconds(10)));
        assertFalse(tokens.markUsed(token.hash(), T0.plusSeconds(20)));
        // the first use is the one on record
        assertEquals(token.useAt(T0.plusSeconds(10)), tokens.findByHash(token.hash()).orElseThrow());
    }

    @Test
    void marking_an_unknown_token_used_changes_nothing() {
        var tokens = repository();
        var token = token("lien", TokenPurpose.ACTIVATION, alice);
        tokens.save(token);
        assertFalse(tokens.markUsed(TokenHash.of("autre"), T0));
        assertEquals(token, tokens.findByHash(token.hash()).orElseThrow());
    }

    @Test
    void revoke_removes_only_the_unused_tokens_of_that_purpose_for_that_account() {
        var tokens = repository();
        var oldLink = token("ancien", TokenPurpose.ACTIVATION, alice);
        var otherOldLink = token("ancien-2", TokenPurpose.ACTIVATION, alice);
        var usedLink = token("utilisé", TokenPurpose.ACTIVATION, alice);
        var reset = token("reset", TokenPurpose.PASSWORD_RESET, alice);
        var bobs = token("bob", TokenPurpose.ACTIVATION, bob);
        for (var t : new OneTimeToken[] {oldLink, otherOldLink, usedLink, reset, bobs}) tokens.save(t);
        tokens.markUsed(usedLink.hash(), T0.plusSeconds(1));

        tokens.revoke(alice, TokenPurpose.ACTIVATION);

        assertTrue(tokens.findByHash(oldLink.hash()).isEmpty());
        assertTrue(tokens.findByHash(otherOldLink.hash()).isEmpty());
        // kept: a second click on a used link must still say «déjà utilisé»
        assertTrue(tokens.findByHash(usedLink.hash()).orElseThrow().isUsed());
        assertEquals(reset, tokens.findByHash(reset.hash()).orElseThrow());
        assertEquals(bobs, tokens.findByHash(bobs.hash()).orElseThrow());
    }

    @Test
    void a_token_is_live_until_its_expiry_exclusive() {
        var tokens = repository();
        var token = token("lien", TokenPurpose.PASSWORD_RESET, alice);
        tokens.save(token);
        Instant expiry = token.expiresAt();
        assertTrue(tokens.hasLiveToken(alice, TokenPurpose.PASSWORD_RESET, T0));
        assertTrue(tokens.hasLiveToken(alice, TokenPurpose.PASSWORD_RESET, expiry.minusMillis(1)));
        assertFalse(tokens.hasLiveToken(alice, TokenPurpose.PASSWORD_RESET, expiry));
        assertFalse(tokens.hasLiveToken(alice, TokenPurpose.PASSWORD_RESET, expiry.plusSeconds(1)));
    }

    @Test
    void a_live_link_says_until_when_it_works_and_a_used_one_says_nothing() {
        var tokens = repository();
        var token = token("lien", TokenPurpose.ACTIVATION, alice);
        tokens.save(token);
        assertEquals(java.util.Optional.of(token.expiresAt()), tokens.liveUntil(alice, TokenPurpose.ACTIVATION, T0));
        assertEquals(java.util.Optional.empty(), tokens.liveUntil(alice, TokenPurpose.PASSWORD_RESET, T0));
        assertEquals(java.util.Optional.empty(), tokens.liveUntil(bob, TokenPurpose.ACTIVATION, T0));
        assertEquals(java.util.Optional.empty(), tokens.liveUntil(alice, TokenPurpose.ACTIVATION, token.expiresAt()));
        tokens.markUsed(token.hash(), T0.plusSeconds(1));
        assertEquals(java.util.Optional.empty(), tokens.liveUntil(alice, TokenPurpose.ACTIVATION, T0.plusSeconds(2)));
    }

    @Test
    void a_live_token_counts_only_for_its_account_and_purpose() {
        var tokens = repository();
        tokens.save(token("lien", TokenPurpose.PASSWORD_RESET, alice));
        assertFalse(tokens.hasLiveToken(alice, TokenPurpose.ACTIVATION, T0));
        assertFalse(tokens.hasLiveToken(bob, TokenPurpose.PASSWORD_RESET, T0));
    }

    @Test
    void a_used_token_is_no_longer_live() {
        var tokens = repository();
        var token = token("lien", TokenPurpose.ACTIVATION, alice);
        tokens.save(token);
        tokens.markUsed(token.hash(), T0.plusSeconds(1));
        assertFalse(tokens.hasLiveToken(alice, TokenPurpose.ACTIVATION, T0.plusSeconds(2)));
    }

    @Test
    void a_revoked_token_is_no_longer_live() {
        var tokens = repository();
        tokens.save(token("lien", TokenPurpose.ACTIVATION, alice));
        tokens.revoke(alice, TokenPurpose.ACTIVATION);
        assertFalse(tokens.hasLiveToken(alice, TokenPurpose.ACTIVATION, T0));
    }
}
