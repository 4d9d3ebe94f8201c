package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.port.TokenGenerator;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.mail.port.MailComposer;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.town.CurrentTown;

import java.time.Clock;

/** The out-ports the account use cases share, handed to each of them at once. */
public record AccountsPorts(
        AccountRepository accounts,
        TokenRepository tokens,
        SessionRepository sessions,
        ThrottleRepository throttles,
        AuditLog audit,
        TermsRepository terms,
        TermsAcceptances acceptances,
        PasswordHasher hasher,
        TokenGenerator tokenGenerator,
        MailOutbox outbox,
        MailComposer composer,
        CurrentTown town,
        Transactions transactions,
        Clock clock) {
}
