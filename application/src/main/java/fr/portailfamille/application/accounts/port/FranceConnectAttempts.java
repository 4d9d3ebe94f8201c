package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.FranceConnectAttempt;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: the trips to FranceConnect in progress (server-side state and nonce), and the ID token of each session
 * signed in through FranceConnect, which sign-out hands back to the provider to end its session too.
 */
public interface FranceConnectAttempts {

    void save(FranceConnectAttempt attempt);

    /** The attempt of this state hash, removed at once: a second callback with the same state finds nothing. */
    Optional<FranceConnectAttempt> take(String stateHash);

    /** @return how many attempts started before {@code before} were forgotten */
    int deleteStartedBefore(Instant before);

    /** Remembers the ID token of a portal session (by the session id's hash); forgotten with the session. */
    void rememberIdToken(String sessionHash, String idToken);

    /** The session's ID token, removed at once. */
    Optional<String> takeIdToken(String sessionHash);
}
