package fr.portailfamille.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A «compte internaute»: created by the town, activated by its owner who chooses a password and accepts the
 * terms of use.
 *
 * @param id                   0 until the repository assigns one
 * @param loginId              the short «identifiant de connexion» mailed at creation, e.g. 3154
 * @param passwordHash         opaque encoded Argon2id string; null until activation and after purge
 * @param activatedAt          null until activation
 * @param acceptedTermsVersion version of the terms last accepted, 0 for none
 */
public record Account(
        long id,
        int loginId,
        EmailAddress email,
        String lastName,
        String firstNames,
        Role role,
        AccountStatus status,
        String passwordHash,
        boolean mobileLayout,
        Instant createdAt,
        Instant activatedAt,
        int acceptedTermsVersion) {

    public Account {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (loginId <= 0) throw new IllegalArgumentException("loginId must be positive");
        Objects.requireNonNull(email, "email");
        lastName = requireText(lastName, "lastName");
        firstNames = requireText(firstNames, "firstNames");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        if (passwordHash != null && passwordHash.isBlank()) throw new IllegalArgumentException("passwordHash is blank");
        Objects.requireNonNull(createdAt, "createdAt");
        if (acceptedTermsVersion < 0) throw new IllegalArgumentException("acceptedTermsVersion must not be negative");
    }

    /** A new account as the town creates it: waiting for its owner to activate it, no password yet. */
    public static Account create(int loginId, EmailAddress email, String lastName, String firstNames, Role role, Instant now) {
        return new Account(0, loginId, email, lastName, firstNames, role, AccountStatus.PENDING_ACTIVATION,
                null, false, now, null, 0);
    }

    public Account withId(long newId) {
        if (newId <= 0) throw new IllegalArgumentException("a stored account's id is positive");
        return new Account(newId, loginId, email, lastName, firstNames, role, status, passwordHash, mobileLayout,
                createdAt, activatedAt, acceptedTermsVersion);
    }

    /**
     * The owner chose a password (already hashed) and accepted the terms {@code termsVersion} (0 when the town has
     * published none yet). Only a pending account can be activated: an activation link must not reset a password.
     */
    public ActivationOutcome activate(String newPasswordHash, int termsVersion, Instant now) {
        requireText(newPasswordHash, "passwordHash");
        if (termsVersion < 0) throw new IllegalArgumentException("termsVersion must not be negative");
        Objects.requireNonNull(now, "now");
        return switch (status) {
            case ACTIVE -> new ActivationOutcome.Refused(ActivationOutcome.Refused.ALREADY_ACTIVE);
            case PURGED -> new ActivationOutcome.Refused(ActivationOutcome.Refused.PURGED);
            case PENDING_ACTIVATION -> new ActivationOutcome.Activated(new Account(id, loginId, email, lastName,
                    firstNames, role, AccountStatus.ACTIVE, newPasswordHash, mobileLayout, createdAt, now,
                    Math.max(acceptedTermsVersion, termsVersion)));
        };
    }

    /**
     * The town published terms this parent has not accepted yet; with no terms published there is nothing to accept.
     * The CGU are the families' terms of use: agents and admins (who publish them) are never asked to accept them.
     */
    public boolean mustAcceptTerms(int currentTermsVersion) {
        return role == Role.PARENT && currentTermsVersion > 0 && currentTermsVersion > acceptedTermsVersion;
    }

    /** Accepting an older version than the one on record (a stale form) keeps the newer one. */
    public Account acceptTerms(int version) {
        if (version <= 0) throw new IllegalArgumentException("terms versions are positive");
        return new Account(id, loginId, email, lastName, firstNames, role, status, passwordHash, mobileLayout,
                createdAt, activatedAt, Math.max(acceptedTermsVersion, version));
    }

    public Account withPassword(String hash) {
        requireText(hash, "passwordHash");
        return new Account(id, loginId, email, lastName, firstNames, role, status, hash, mobileLayout,
                createdAt, activatedAt, acceptedTermsVersion);
    }

    public Account withEmail(EmailAddress newEmail) {
        return new Account(id, loginId, Objects.requireNonNull(newEmail, "email"), lastName, firstNames, role, status,
                passwordHash, mobileLayout, createdAt, activatedAt, acceptedTermsVersion);
    }

    public Account withMobileLayout(boolean on) {
        return new Account(id, loginId, email, lastName, firstNames, role, status, passwordHash, on,
                createdAt, activatedAt, acceptedTermsVersion);
    }

    /** Deleted: the password hash goes too, so nothing can sign in with it again. */
    public Account purged() {
        return new Account(id, loginId, email, lastName, firstNames, role, AccountStatus.PURGED, null, mobileLayout,
                createdAt, activatedAt, acceptedTermsVersion);
    }

    /** Still pending once the activation period is over (the account is then deleted): expired from createdAt + validity on. */
    public boolean isActivationExpired(Instant now, Duration validity) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(validity, "validity");
        return status == AccountStatus.PENDING_ACTIVATION && !now.isBefore(createdAt.plus(validity));
    }

    /** «Marie-Claire Dupont». */
    public String displayName() {
        return firstNames + " " + lastName;
    }

    /** «DUPONT», as in the greeting «Famille DUPONT». */
    public String familyName() {
        return lastName.toUpperCase(Locale.FRENCH);
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    /** Keeps the password hash out of logs and exception messages. */
    @Override
    public String toString() {
        return "Account[id=" + id + ", loginId=" + loginId + ", role=" + role + ", status=" + status
                + ", passwordHash=" + (passwordHash == null ? "none" : "***") + "]";
    }

    private static String requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
        return value.strip();
    }
}
