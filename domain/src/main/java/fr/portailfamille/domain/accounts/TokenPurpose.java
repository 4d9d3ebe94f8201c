package fr.portailfamille.domain.accounts;

import java.time.Duration;

/** What a one-time link is for; the more it grants, the shorter it lives. */
public enum TokenPurpose {
    /** A week: the creation mail may sit unread over a weekend or a holiday. */
    ACTIVATION(Duration.ofHours(168)),
    /** An hour: whoever holds it can take over the account. */
    PASSWORD_RESET(Duration.ofHours(1)),
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration defaultValidity;

    TokenPurpose(Duration defaultValidity) {
        this.defaultValidity = defaultValidity;
    }

    public Duration defaultValidity() {
        return defaultValidity;
    }
}
