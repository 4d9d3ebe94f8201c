package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.Role;

import java.util.List;

/** The back-office's reading side: find accounts, read the audit log. */
public final class StaffAccounts {

    private final AccountsPorts ports;

    public StaffAccounts(AccountsPorts ports) {
        this.ports = ports;
    }

    public List<Account> search(Actor actor, String text) {
        actor.requireStaff();
        return ports.accounts().search(text == null ? "" : text.strip(), 100);
    }

    public Account show(Actor actor, long accountId) {
        actor.requireStaff();
        return ports.accounts().find(accountId).orElseThrow(Actor.NotAllowed::new);
    }

    public List<Account> staff(Actor actor) {
        actor.requireAdmin();
        var staff = new java.util.ArrayList<>(ports.accounts().withRole(Role.ADMIN));
        staff.addAll(ports.accounts().withRole(Role.AGENT));
        return staff;
    }

    public List<AuditEvent> auditTrail(Actor actor, Long subjectAccountId) {
        actor.requireStaff();
        return ports.audit().latest(subjectAccountId, 200);
    }
}
