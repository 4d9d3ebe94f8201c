package fr.portailfamille.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A trip to FranceConnect in progress: the {@code state} (stored as its hash: it also travels in the address) and
 * the {@code nonce} the ID token must carry back. Used once, and only for a few minutes: a parent who takes longer
 * at FranceConnect starts again, and an old callback address replayed from a history or a log is worthless.
 *
 * @param accountId the account to link the identity to ({@link Purpose#LINK}), null for a sign-in
 */
public record FranceConnectAttempt(String stateHash, String nonce, Purpose purpose, Long accountId, Instant startedAt) {

    /** Long enough to choose an identity provider and type a password there, short enough to make replays useless. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public enum Purpose {
        /** Sign in with an identity already linked to an account. */
        SIGN_IN,
        /** Link the identity to the signed-in account that proved its password just before. */
        LINK
    }

    public FranceConnectAttempt {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(startedAt, "startedAt");
        if ((purpose == Purpose.LINK) != (accountId != null)) throw new IllegalArgumentException("an account to link exactly for LINK");
    }

    public static FranceConnectAttempt signIn(String state, String nonce, Instant now) {
        return new FranceConnectAttempt(TokenHash.of(state), nonce, Purpose.SIGN_IN, null, now);
    }

    public static FranceConnectAttempt link(long accountId, String state, String nonce, Instant now) {
        return new FranceConnectAttempt(TokenHash.of(state), nonce, Purpose.LINK, accountId, now);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }
}
