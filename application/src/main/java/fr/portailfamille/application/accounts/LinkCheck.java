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
