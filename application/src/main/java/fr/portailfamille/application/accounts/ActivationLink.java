package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenPurpose;
import fr.portailfamille.domain.bookings.BookingDates;

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
        var now = ports.clock().instant();
        ports.tokens().save(OneTimeToken.issue(raw, TokenPurpose.ACTIVATION, account.id(), now, Duration.ofHours(town.activationValidityHours()), null));
        String link = town.publicBaseUrl() + "/activation/" + raw;
        ports.outbox().enqueue(ports.composer().compose(new MailContent.AccountActivation(account.email().value(), town,
                account.displayName(), account.loginId(), link, town.activationValidityHours(),
                inWords(now.plus(Duration.ofHours(town.activationValidityHours()))))));
        return link;
    }

    /** «samedi 12 décembre 2026 à 15 h 04», at the town's wall-clock time. */
    public static String inWords(java.time.Instant moment) {
        var local = moment.atZone(TownZone.ZONE).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return BookingDates.longDate(local.toLocalDate()) + " à " + BookingDates.time(local.toLocalTime());
    }
}
