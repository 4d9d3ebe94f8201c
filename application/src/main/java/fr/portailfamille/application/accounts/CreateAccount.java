package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;

/**
 * An agent creates a household's web account (an admin may also create staff accounts): a login id is given and
 * the activation mail is queued in the same transaction.
 */
public final class CreateAccount {

    public record Command(String lastName, String firstNames, String email, Role role) {
    }

    public sealed interface Result {
        record Created(Account account) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    static final String EMAIL_TAKEN = "Cette adresse e-mail est déjà celle d'un autre compte.";

    private final AccountsPorts ports;

    public CreateAccount(AccountsPorts ports) {
        this.ports = ports;
    }

    public Result create(Actor actor, Command command, String clientAddress) {
        actor.requireStaff();
        Role role = command.role() == null ? Role.PARENT : command.role();
        if (role != Role.PARENT) actor.requireAdmin();

        var errors = new FieldErrors()
                .requireText("lastName", command.lastName(), "Nom", 100)
                .requireText("firstNames", command.firstNames(), "Prénom(s)", 150);
        var email = EmailAddress.parse(command.email());
        if (email.isEmpty()) errors.add("email", EmailAddress.INVALID);
        if (!errors.isEmpty()) return new Result.Invalid(errors);

        try {
            return ports.transactions().inTransaction(() -> {
                if (ports.accounts().findByEmail(email.get()).isPresent()) {
                    return new Result.Invalid(new FieldErrors().add("email", EMAIL_TAKEN));
                }
                var now = ports.clock().instant();
                var account = ports.accounts().add(Account.create(ports.accounts().nextLoginId(), email.get(),
                        command.lastName(), command.firstNames(), role, now));
                ActivationLink.send(ports, account);
                ports.audit().record(new AuditEvent(AuditEventType.ACCOUNT_CREATED, actor.accountId(), account.id(), now,
                        clientAddress, "identifiant " + account.loginId() + ", rôle " + role.label()));
                return new Result.Created(account);
            });
        } catch (AccountRepository.EmailAlreadyUsed raced) {
            return new Result.Invalid(new FieldErrors().add("email", EMAIL_TAKEN));
        }
    }
}
