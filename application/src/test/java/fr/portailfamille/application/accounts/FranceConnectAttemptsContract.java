package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.FranceConnectAttempt;
import fr.portailfamille.domain.accounts.SessionTimes;
import fr.portailfamille.domain.accounts.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link FranceConnectAttempts}: every adapter runs it (in-memory and jOOQ). */
public abstract class FranceConnectAttemptsContract {

    /** An empty store; several calls within one test give the same store. */
    protected abstract FranceConnectAttempts attempts();

    /** The accounts of the same store. */
    protected abstract AccountRepository accounts();

    /** The sessions of the same store: an ID token belongs to a stored session. */
    protected abstract SessionRepository sessions();

    private static final Instant NOW = Instant.parse("2026-09-01T20:00:00.123Z");

    @Test
    void an_attempt_is_taken_once() {
        long alice = addAccount(accounts(), "alice@exemple.fr").id();
        var signIn = FranceConnectAttempt.signIn("state-1", "nonce-1", NOW);
        var link = FranceConnectAttempt.link(alice, "state-2", "nonce-2", NOW);
        attempts().save(signIn);
        attempts().save(link);
        assertEquals(Optional.of(link), attempts().take(TokenHash.of("state-2")));
        assertEquals(Optional.empty(), attempts().take(TokenHash.of("state-2")), "a state serves once");
        assertEquals(Optional.of(signIn), attempts().take(TokenHash.of("state-1")));
        assertEquals(Optional.empty(), attempts().take(TokenHash.of("never-sent")));
    }

    @Test
    void old_attempts_are_swept() {
        attempts().save(FranceConnectAttempt.signIn("old", "n1", NOW.minusSeconds(601)));
        attempts().save(FranceConnectAttempt.signIn("young", "n2", NOW.minusSeconds(599)));
        assertEquals(1, attempts().deleteStartedBefore(NOW.minus(FranceConnectAttempt.LIFETIME)));
        assertEquals(Optional.empty(), attempts().take(TokenHash.of("old")));
        assertEquals("n2", attempts().take(TokenHash.of("young")).orElseThrow().nonce());
    }

    @Test
    void a_sessions_id_token_is_given_back_once() {
        long alice = addAccount(accounts(), "alice@exemple.fr").id();
        String session = TokenHash.of("session-1");
        sessions().create(new WebSession(session, alice, SessionTimes.start(NOW)));
        attempts().rememberIdToken(session, "eyJ.token.sig");
        assertEquals(Optional.of("eyJ.token.sig"), attempts().takeIdToken(session));
        assertEquals(Optional.empty(), attempts().takeIdToken(session));
        assertEquals(Optional.empty(), attempts().takeIdToken(TokenHash.of("session-2")));
    }
}
