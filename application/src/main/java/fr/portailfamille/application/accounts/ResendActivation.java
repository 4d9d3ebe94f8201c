package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;

import java.util.Optional;

/** An agent sends a new activation link; the previous link stops working. */
public final class ResendActivation {

    private final AccountsPorts ports;

    public ResendActivation(AccountsPorts ports) {
        this.ports = ports;
    }

    /** @return empty when sent, else the French reason it was not */
    public Optional<String> resend(Actor actor, long accountId, String clientAddress) {
        actor.requireStaff();
        return ports.transactions().inTransaction(() -> {
            var account = ports.accounts().find(accountId).orElseThrow(Actor.NotAllowed::new);
            if (account.status() != AccountStatus.PENDING_ACTIVATION) {
                return Optional.of("Ce compte n'attend pas d'activation (" + account.status().label().toLowerCase() + ").");
            }
            if (account.role().isStaff()) actor.requireAdmin(); // staff accounts are the admin's business
            ActivationLink.send(ports, account);
            ports.audit().record(new AuditEvent(AuditEventType.ACTIVATION_RESENT, actor.accountId(), account.id(),
                    ports.clock().instant(), clientAddress, null));
            return Optional.<String>empty();
        });
    }
}
