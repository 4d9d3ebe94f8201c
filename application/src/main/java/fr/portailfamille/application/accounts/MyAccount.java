package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenCheck;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.util.Optional;

/**
 * «Mon compte»: see one's identity, change password (current one required), change e-mail (confirmed from the new
 * address, the old one is told), and the «ergonomie mobile» preference.
 */
public final class MyAccount {

    public static final String EMAIL_LINK_SENT = "Un lien de confirmation a été envoyé à la nouvelle adresse. "
            + "Votre adresse ne change qu'une fois ce lien suivi (valable 24 heures).";

    private final AccountsPorts ports;

    public MyAccount(AccountsPorts ports) {
        this.ports = ports;
    }

    public Account show(Actor actor) {
        return ports.accounts().find(actor.accountId()).orElseThrow(Actor.NotAllowed::new);
    }

    /** @return the refused fields; empty when the password was changed */
    public FieldErrors changePassword(Actor actor, String current, String password, String confirmation, String clientAddress) {
        var account = show(actor);
        var errors = new FieldErrors();
        if (current == null || current.isEmpty() || !ports.hasher().matches(current, account.passwordHash())) {
            errors.add("current", "Le mot de passe actuel est incorrect.");
        }
        NewPassword.check(password, confirmation).asMap().forEach(errors::add);
        if (errors.isEmpty() && password.equals(current)) errors.add("password", "Le nouveau mot de passe doit être différent de l'actuel.");
        if (!errors.isEmpty()) return errors;
        String hash = ports.hasher().hash(password);
        ports.transactions().run(() -> {
            ports.accounts().update(show(actor).withPassword(hash));
            ports.audit().record(new AuditEvent(AuditEventType.PASSWORD_CHANGED, actor.accountId(), actor.accountId(),
                    ports.clock().instant(), clientAddress, null));
        });
        return errors;
    }

    /**
     * Sends a confirmation link to the new address. When that address belongs to another account, nothing is sent
     * but the answer is the same, so the form cannot be used to learn who has an account.
     */
    public FieldErrors requestEmailChange(Actor actor, String newEmail, String clientAddress) {
        var account = show(actor);
        var email = EmailAddress.parse(newEmail);
        if (email.isEmpty()) return new FieldErrors().add("email", EmailAddress.INVALID);
        if (email.get().equals(account.email())) return new FieldErrors().add("email", "C'est déjà l'adresse de votre compte.");
        ports.transactions().run(() -> {
            var now = ports.clock().instant();
            ports.audit().record(new AuditEvent(AuditEventType.EMAIL_CHANGE_REQUESTED, actor.accountId(), actor.accountId(), now, clientAddress, null));
            if (ports.accounts().findByEmail(email.get()).isPresent()) return;
            var town = ports.town().get();
            String raw = ports.tokenGenerator().newToken();
            ports.tokens().revoke(account.id(), TokenPurpose.EMAIL_CHANGE);
            ports.tokens().save(OneTimeToken.issue(raw, TokenPurpose.EMAIL_CHANGE, account.id(), now,
                    TokenPurpose.EMAIL_CHANGE.defaultValidity(), email.get().value()));
            ports.outbox().enqueue(ports.composer().compose(new MailContent.EmailChangeConfirmation(email.get().value(), town,
                    account.displayName(), town.publicBaseUrl() + "/mon-compte/courriel/" + raw,
                    (int) TokenPurpose.EMAIL_CHANGE.defaultValidity().toHours())));
        });
        return new FieldErrors();
    }

    /** Follows the link sent to the new address. @return empty when done, else the French reason */
    public Optional<String> confirmEmailChange(String rawToken, String clientAddress) {
        try {
            return ports.transactions().inTransaction(() -> {
                var now = ports.clock().instant();
                var check = LinkCheck.of(ports, rawToken, TokenPurpose.EMAIL_CHANGE, now, clientAddress);
                if (check instanceof LinkCheck.Refused refused) return Optional.of(refused.message());
                var usable = (LinkCheck.Usable) check;
                if (!ports.tokens().markUsed(usable.token().hash(), now)) return Optional.of(TokenCheck.AlreadyUsed.MESSAGE);
                var account = usable.account();
                var newEmail = new EmailAddress(usable.token().payload());
                ports.accounts().update(account.withEmail(newEmail));
                var town = ports.town().get();
                ports.outbox().enqueue(ports.composer().compose(new MailContent.EmailChangedNotice(account.email().value(), town,
                        account.displayName(), newEmail.value())));
                ports.audit().record(new AuditEvent(AuditEventType.EMAIL_CHANGED, account.id(), account.id(), now, clientAddress,
                        "ancienne adresse " + account.email().masked()));
                return Optional.<String>empty();
            });
        } catch (AccountRepository.EmailAlreadyUsed taken) {
            return Optional.of("Cette adresse est désormais utilisée par un autre compte : contactez l'Espace Services.");
        }
    }

    public void setMobileLayout(Actor actor, boolean on) {
        ports.transactions().run(() -> ports.accounts().update(show(actor).withMobileLayout(on)));
    }
}
