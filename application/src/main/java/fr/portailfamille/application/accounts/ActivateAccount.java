package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.accounts.TokenCheck;
import fr.portailfamille.domain.accounts.TokenPurpose;

/**
 * «Ma première connexion»: the activation link shows the current CGU; accepting them and choosing a password
 * activates the account and signs the parent in. The link works once.
 */
public final class ActivateAccount {

    public sealed interface Opened {
        record Ready(Account account, TermsOfUse terms) implements Opened {
        }

        record Refused(String message) implements Opened {
        }
    }

    public sealed interface Result {
        record Activated(Account account, String sessionId) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    static final String TERMS_REQUIRED = "Vous devez accepter les conditions générales d'utilisation pour activer votre compte.";

    private final AccountsPorts ports;
    private final Sessions sessions;

    public ActivateAccount(AccountsPorts ports, Sessions sessions) {
        this.ports = ports;
        this.sessions = sessions;
    }

    public Opened open(String rawToken, String clientAddress) {
        return switch (LinkCheck.of(ports, rawToken, TokenPurpose.ACTIVATION, ports.clock().instant(), clientAddress)) {
            case LinkCheck.Usable usable -> new Opened.Ready(usable.account(), currentTerms());
            case LinkCheck.Refused refused -> new Opened.Refused(refused.message());
        };
    }

    public Result activate(String rawToken, boolean termsAccepted, String password, String confirmation, String clientAddress) {
        if (open(rawToken, clientAddress) instanceof Opened.Refused refused) return new Result.Refused(refused.message());
        var errors = new FieldErrors();
        if (!termsAccepted) errors.add("acceptTerms", TERMS_REQUIRED);
        NewPassword.check(password, confirmation).asMap().forEach(errors::add);
        if (!errors.isEmpty()) return new Result.Invalid(errors);

        String hash = ports.hasher().hash(password); // slow on purpose: outside the transaction
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            if (!(LinkCheck.of(ports, rawToken, TokenPurpose.ACTIVATION, now) instanceof LinkCheck.Usable usable)
                    || !ports.tokens().markUsed(usable.token().hash(), now)) {
                return new Result.Refused(TokenCheck.AlreadyUsed.MESSAGE);
            }
            var terms = currentTerms();
            return switch (usable.account().activate(hash, terms.version(), now)) {
                case ActivationOutcome.Refused refused -> new Result.Refused(refused.message());
                case ActivationOutcome.Activated activated -> {
                    Account account = activated.account();
                    ports.accounts().update(account);
                    ports.acceptances().record(new TermsAcceptances.Acceptance(account.id(), terms.version(), now));
                    ports.audit().record(new AuditEvent(AuditEventType.ACCOUNT_ACTIVATED, account.id(), account.id(), now, clientAddress, null));
                    ports.audit().record(new AuditEvent(AuditEventType.TERMS_ACCEPTED, account.id(), account.id(), now, clientAddress,
                            "version " + terms.version()));
                    yield new Result.Activated(account, sessions.start(account));
                }
            };
        });
    }

    private TermsOfUse currentTerms() {
        return ports.terms().current().orElseThrow(() -> new IllegalStateException("No CGU published: the portal is not set up"));
    }
}
