package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.time.Instant;
import java.util.Optional;

/** Out-port: one-time tokens (activation, password reset, e-mail change), stored only as hashes. */
public interface TokenRepository {

    void save(OneTimeToken token);

    Optional<OneTimeToken> findByHash(String hash);

    /**
     * Marks the token used if it was not already; false when another request used it first (two clicks at once on
     * one link succeed only once).
     */
    boolean markUsed(String hash, Instant when);

    /** Removes the unused tokens of this purpose for the account: a new link invalidates the old ones. */
    void revoke(long accountId, TokenPurpose purpose);

    /** Whether the account holds an unused token of this purpose that has not expired at {@code now}. */
    boolean hasLiveToken(long accountId, TokenPurpose purpose, Instant now);

    /** Until when the account's latest live token of this purpose works (an activation link, for the agent to tell the family). */
    Optional<Instant> liveUntil(long accountId, TokenPurpose purpose, Instant now);
}
