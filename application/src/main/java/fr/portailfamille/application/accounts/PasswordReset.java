package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenCheck;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.util.Locale;
import java.util.Optional;

/**
 * «Mot de passe oublié ?»: a link valid one hour, used once. The answer is the same whether the identifier exists
 * or not; a new password ends every open session of the account.
 */
public final class PasswordReset {

    public static final String REQUESTED = "Si un compte actif correspond à cet identifiant, un courriel vient de lui être envoyé "
            + "avec un lien valable une heure pour choisir un nouveau mot de passe. Pensez à vérifier vos courriers indésirables.";

    public sealed interface Result {
        record Done() implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    private final AccountsPorts ports;

    public PasswordReset(AccountsPorts ports) {
        this.ports = ports;
    }

    /** @return always {@link #REQUESTED} */
    public String request(String identifier, String clientAddress) {
        String id = identifier == null ? "" : identifier.trim().toLowerCase(Locale.ROOT);
        Optional<Account> account = (id.matches("\\d{1,9}")
                ? ports.accounts().findByLoginId(Integer.parseInt(id))
                : EmailAddress.parse(id).flatMap(ports.accounts()::findByEmail))
                .filter(a -> a.status() == AccountStatus.ACTIVE);
        account.ifPresent(a -> ports.transactions().run(() -> {
            var town = ports.town().get();
            var now = ports.clock().instant();
            String raw = ports.tokenGenerator().newToken();
            ports.tokens().revoke(a.id(), TokenPurpose.PASSWORD_RESET);
            ports.tokens().save(OneTimeToken.issue(raw, TokenPurpose.PASSWORD_RESET, a.id(), now, TokenPurpose.PASSWORD_RESET.defaultValidity(), null));
            ports.outbox().enqueue(ports.composer().compose(new MailContent.PasswordReset(a.email().value(), town, a.displayName(),
                    town.publicBaseUrl() + "/mot-de-passe/nouveau/" + raw, (int) TokenPurpose.PASSWORD_RESET.defaultValidity().toMinutes())));
            ports.audit().record(new AuditEvent(AuditEventType.PASSWORD_RESET_REQUESTED, null, a.id(), now, clientAddress, null));
        }));
        return REQUESTED;
    }

    /** Whether the link can still be used (shown before the form). */
    public Optional<String> refusal(String rawToken, String clientAddress) {
        return LinkCheck.of(ports, rawToken, TokenPurpose.PASSWORD_RESET, ports.clock().instant(), clientAddress) instanceof LinkCheck.Refused refused
                ? Optional.of(refused.message()) : Optional.empty();
    }

    public Result reset(String rawToken, String password, String confirmation, String clientAddress) {
        var refusal = refusal(rawToken, clientAddress);
        if (refusal.isPresent()) return new Result.Refused(refusal.get());
        var errors = NewPassword.check(password, confirmation);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        String hash = ports.hasher().hash(password);
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            if (!(LinkCheck.of(ports, rawToken, TokenPurpose.PASSWORD_RESET, now) instanceof LinkCheck.Usable usable)
                    || !ports.tokens().markUsed(usable.token().hash(), now)) {
                return new Result.Refused(TokenCheck.AlreadyUsed.MESSAGE);
            }
            var account = usable.account();
            ports.accounts().update(account.withPassword(hash));
            ports.sessions().deleteForAccount(account.id());
            ports.throttles().clear("account:" + account.id());
            ports.audit().record(new AuditEvent(AuditEventType.PASSWORD_RESET, account.id(), account.id(), now, clientAddress, null));
            return new Result.Done();
        });
    }
}
