package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Tokens by hash; unlike the database it does not check that the account exists. */
public final class InMemoryTokenRepository implements TokenRepository {

    private final Map<String, OneTimeToken> tokens = new HashMap<>();

    @Override
    public synchronized void save(OneTimeToken token) {
        // the hash is the primary key in the database
        if (tokens.putIfAbsent(token.hash(), token) != null) throw new IllegalStateException("token already stored");
    }

    @Override
    public synchronized Optional<OneTimeToken> findByHash(String hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public synchronized boolean markUsed(String hash, Instant when) {
        OneTimeToken token = tokens.get(hash);
        if (token == null || token.isUsed()) return false;
        tokens.put(hash, token.useAt(when));
        return true;
    }

    @Override
    public synchronized void revoke(long accountId, TokenPurpose purpose) {
        tokens.values().removeIf(t -> t.accountId() == accountId && t.purpose() == purpose && !t.isUsed());
    }

    @Override
    public synchronized Optional<Instant> liveUntil(long accountId, TokenPurpose purpose, Instant now) {
        return tokens.values().stream().filter(t -> t.accountId() == accountId && t.purpose() == purpose && !t.isUsed() && now.isBefore(t.expiresAt()))
                .map(OneTimeToken::expiresAt).max(java.util.Comparator.naturalOrder());
    }

    @Override
    public synchronized boolean hasLiveToken(long accountId, TokenPurpose purpose, Instant now) {
        return tokens.values().stream().anyMatch(t -> t.accountId() == accountId && t.purpose() == purpose
                && !t.isUsed() && now.isBefore(t.expiresAt()));
    }
}
