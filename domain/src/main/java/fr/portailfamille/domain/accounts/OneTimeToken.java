package fr.portailfamille.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link sent by mail, as stored: its hash (never the raw token), what it is for, whose account,
 * until when, and whether it was already used.
 *
 * @param usedAt  null while unused
 * @param payload null, or what the link confirms, e.g. the new address for {@link TokenPurpose#EMAIL_CHANGE}
 */
public record OneTimeToken(String hash, TokenPurpose purpose, long accountId, Instant expiresAt, Instant usedAt, String payload) {

    public OneTimeToken {
        Objects.requireNonNull(hash, "hash");
        // Catches the one mistake that matters: a raw token stored where its hash belongs.
        if (!hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("hash must be a TokenHash (64 lower-case hex digits)");
        Objects.requireNonNull(purpose, "purpose");
        if (accountId <= 0) throw new IllegalArgumentException("accountId must be a stored account's id");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The stored side of a freshly generated token; the raw token goes into the mail and nowhere else. */
    public static OneTimeToken issue(String rawToken, TokenPurpose purpose, long accountId, Instant now, Duration validity, String payload) {
        Objects.requireNonNull(rawToken, "rawToken");
        if (rawToken.isBlank()) throw new IllegalArgumentException("rawToken is blank");
        Objects.requireNonNull(now, "now");
        if (validity.isNegative() || validity.isZero()) throw new IllegalArgumentException("validity must be positive");
        return new OneTimeToken(TokenHash.of(rawToken), purpose, accountId, now.plus(validity), null, payload);
    }

    /**
     * Whether the link may be used at {@code now}. A used link says so even once expired: «déjà utilisé» tells
     * the person what happened, «expiré» would send them asking for a new one for nothing.
     */
    public TokenCheck check(Instant now) {
        Objects.requireNonNull(now, "now");
        if (usedAt != null) return new TokenCheck.AlreadyUsed();
        if (!now.isBefore(expiresAt)) return new TokenCheck.Expired();
        return new TokenCheck.Valid(this);
    }

    /** Marks the token used; callers {@link #check} first, so using it twice is a programming error. */
    public OneTimeToken useAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (usedAt != null) throw new IllegalStateException("token already used at " + usedAt);
        return new OneTimeToken(hash, purpose, accountId, expiresAt, now, payload);
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
