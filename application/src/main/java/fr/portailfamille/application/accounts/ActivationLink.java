package fr.portailfamille.application.accounts;

import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.time.Duration;

/** Issues an activation link (invalidating any earlier one) and queues its mail, in the caller's transaction. */
public final class ActivationLink {

    private ActivationLink() {
    }

    /** The link itself, for the one who may see it (the first admin's link is printed by {@code portail init}). */
    public static String send(AccountsPorts ports, Account account) {
        var town = ports.town().get();
        String raw = ports.tokenGenerator().newToken();
        ports.tokens().revoke(account.id(), TokenPurpose.ACTIVATION);
        ports.tokens().save(OneTimeToken.issue(raw, TokenPurpose.ACTIVATION, account.id(), ports.clock().instant(),
                Duration.ofHours(town.activationValidityHours()), null));
        String link = town.publicBaseUrl() + "/activation/" + raw;
        ports.outbox().enqueue(ports.composer().compose(new MailContent.AccountActivation(account.email().value(), town,
                account.familyName(), account.loginId(), link, town.activationValidityHours())));
        return link;
    }
}
