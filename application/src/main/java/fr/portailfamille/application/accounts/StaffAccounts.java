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

    /** Until when the account's activation link works; empty once activated or expired. */
    public java.util.Optional<java.time.Instant> activationLinkUntil(Actor actor, long accountId) {
        actor.requireStaff();
        return ports.tokens().liveUntil(accountId, fr.portailfamille.domain.accounts.TokenPurpose.ACTIVATION, ports.clock().instant());
    }

    public List<Account> staff(Actor actor) {
        actor.requireAdmin();
        var staff = new java.util.ArrayList<>(ports.accounts().withRole(Role.ADMIN));
        staff.addAll(ports.accounts().withRole(Role.AGENT));
        return staff;
    }

    /** An event of the audit log with the names of who acted and of the account concerned (null when none). */
    public record AuditLine(AuditEvent event, String actorName, String subjectName) {
    }

    /** The latest events (of one account, or all when {@code subjectAccountId} is null), each with its names: two reads. */
    public List<AuditLine> auditTrail(Actor actor, Long subjectAccountId) {
        actor.requireStaff();
        var events = ports.audit().latest(subjectAccountId, 200);
        var ids = new java.util.HashSet<Long>();
        events.forEach(e -> {
            if (e.actorAccountId() != null) ids.add(e.actorAccountId());
            if (e.subjectAccountId() != null) ids.add(e.subjectAccountId());
        });
        var names = new java.util.HashMap<Long, String>();
        ports.accounts().findAll(ids).forEach(a -> names.put(a.id(), a.displayName() + " (" + a.loginId() + ")"));
        return events.stream().map(e -> new AuditLine(e, name(names, e.actorAccountId()), name(names, e.subjectAccountId()))).toList();
    }

    private static String name(java.util.Map<Long, String> names, Long id) {
        return id == null ? null : names.getOrDefault(id, "compte n° " + id);
    }
}
