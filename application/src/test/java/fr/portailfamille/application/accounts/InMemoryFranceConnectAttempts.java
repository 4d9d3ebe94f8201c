package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.FranceConnectAttempt;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Trips to FranceConnect and sessions' ID tokens in memory. */
public final class InMemoryFranceConnectAttempts implements FranceConnectAttempts {

    private final Map<String, FranceConnectAttempt> attempts = new HashMap<>();
    private final Map<String, String> idTokens = new HashMap<>();

    @Override
    public synchronized void save(FranceConnectAttempt attempt) {
        if (attempts.putIfAbsent(attempt.stateHash(), attempt) != null) throw new IllegalStateException("state already used");
    }

    @Override
    public synchronized Optional<FranceConnectAttempt> take(String stateHash) {
        return Optional.ofNullable(attempts.remove(stateHash));
    }

    @Override
    public synchronized int deleteStartedBefore(Instant before) {
        int count = attempts.size();
        attempts.values().removeIf(a -> a.startedAt().isBefore(before));
        return count - attempts.size();
    }

    @Override
    public synchronized void rememberIdToken(String sessionHash, String idToken) {
        idTokens.put(sessionHash, idToken);
    }

    @Override
    public synchronized Optional<String> takeIdToken(String sessionHash) {
        return Optional.ofNullable(idTokens.remove(sessionHash));
    }
}
