package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenCheck;
import fr.portailfamille.domain.accounts.TokenHash;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.time.Instant;

/** What a mailed link is worth: usable (with its account) or refused with a French reason. */
public sealed interface LinkCheck {

    record Usable(OneTimeToken token, Account account) implements LinkCheck {
    }

    record Refused(String message) implements LinkCheck {
    }

    String TOO_MANY = "Trop de liens non valides essayés depuis votre connexion : réessayez dans %d seconde%s.";

    /**
     * As {@link #of(AccountsPorts, String, TokenPurpose, Instant)}, slowing down whoever tries links at random: after
     * a few unknown links from one address, that address waits (10 s, 20 s, 40 s… as for sign-in failures) — even
     * for a good link, so that waiting tells nothing. A null address (a use case called outside the web) is not throttled.
     */
    static LinkCheck of(AccountsPorts ports, String rawToken, TokenPurpose purpose, Instant now, String clientAddress) {
        if (clientAddress == null) return of(ports, rawToken, purpose, now);
        String key = "link:" + clientAddress;
        var throttle = ports.throttles().find(key);
        long wait = throttle.secondsLeft(now);
        if (wait > 0) return new Refused(TOO_MANY.formatted(wait, wait > 1 ? "s" : ""));
        var check = of(ports, rawToken, purpose, now);
        if (check instanceof Refused refused && refused.message().equals(TokenCheck.Unknown.MESSAGE)) {
            ports.transactions().run(() -> ports.throttles().save(key, throttle.afterFailure(now)));
        }
        return check;
    }

    /** Checks a raw token from a URL against the stored hashes, for one purpose only. */
    static LinkCheck of(AccountsPorts ports, String rawToken, TokenPurpose purpose, Instant now) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) return new Refused(TokenCheck.Unknown.MESSAGE);
        var token = ports.tokens().findByHash(TokenHash.of(rawToken)).filter(t -> t.purpose() == purpose);
        if (token.isEmpty()) return new Refused(TokenCheck.Unknown.MESSAGE);
        return switch (token.get().check(now)) {
            case TokenCheck.Valid valid -> ports.accounts().find(valid.token().accountId())
                    .<LinkCheck>map(account -> new Usable(valid.token(), account))
                    .orElse(new Refused(TokenCheck.Unknown.MESSAGE));
            case TokenCheck.Expired expired -> new Refused(expired.message());
            case TokenCheck.AlreadyUsed used -> new Refused(used.message());
            case TokenCheck.Unknown unknown -> new Refused(unknown.message());
        };
    }
}
