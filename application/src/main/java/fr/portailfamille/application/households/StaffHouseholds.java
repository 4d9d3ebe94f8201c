package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.Household;

import java.util.LinkedHashMap;
import java.util.List;

/** The back-office's side of dossiers: find a household (its name, a child's, a member's login id or e-mail), its members, its audit trail. */
public final class StaffHouseholds {

    private final HouseholdsPorts ports;

    public StaffHouseholds(HouseholdsPorts ports) {
        this.ports = ports;
    }

    public List<Household> search(Actor actor, String text) {
        actor.requireStaff();
        String query = text == null ? "" : text.strip();
        var found = new LinkedHashMap<Long, Household>();
        ports.households().search(query, 100).forEach(h -> found.put(h.id(), h));
        if (!query.isEmpty()) {
            for (Account account : ports.accounts().search(query, 100)) {
                ports.households().householdOf(account.id()).flatMap(ports.households()::find).ifPresent(h -> found.putIfAbsent(h.id(), h));
            }
        }
        return List.copyOf(found.values());
    }

    public List<Account> members(Actor actor, long householdId) {
        actor.requireStaff();
        return ports.households().accountsOf(householdId).stream().flatMap(id -> ports.accounts().find(id).stream()).toList();
    }

    /** One line of the audit trail with the name of who made the change. */
    public record Change(DossierChange change, String actorName) {
    }

    public List<Change> changes(Actor actor, long householdId) {
        actor.requireStaff();
        var names = new java.util.HashMap<Long, String>();
        return ports.audit().latest(householdId, 200).stream()
                .map(c -> new Change(c, names.computeIfAbsent(c.actorAccountId(), id -> ports.accounts().find(id)
                        .map(a -> a.displayName() + (a.role().isStaff() ? " (" + a.role().label().toLowerCase(java.util.Locale.FRENCH) + ")" : ""))
                        .orElse("compte n° " + id))))
                .toList();
    }

    /**
     * Attaches a parent account (by its login id) to this household, e.g. the second guardian's own account; an
     * account belongs to one household, so it leaves its previous one.
     */
    public FieldErrors attach(Actor actor, long householdId, String loginId) {
        actor.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        int id;
        try {
            id = Integer.parseInt(loginId == null ? "" : loginId.strip());
        } catch (NumberFormatException e) {
            return new FieldErrors().add("loginId", "Saisissez l'identifiant de connexion du parent (un nombre, par exemple 1004).");
        }
        var account = ports.accounts().findByLoginId(id).filter(a -> a.role() == Role.PARENT);
        if (account.isEmpty()) return new FieldErrors().add("loginId", "Aucun compte de parent n'a l'identifiant de connexion " + id + ".");
        ports.transactions().run(() -> {
            String before = ports.households().householdOf(account.get().id()).flatMap(ports.households()::find).map(Household::name).orElse("");
            ports.households().link(account.get().id(), householdId);
            ports.audit().record(new DossierChange(householdId, null, actor.accountId(), ports.clock().instant(),
                    "Compte rattaché : " + account.get().displayName() + " (identifiant " + id + ")", before, ports.households().find(householdId).orElseThrow().name()));
        });
        return new FieldErrors();
    }

    /** Opens the dossier of a parent account that has none yet (or renames the one it has). */
    public FieldErrors openFor(Actor actor, long accountId, String name) {
        actor.requireStaff();
        var errors = new FieldErrors().requireText("name", name, "Nom du foyer", 120);
        var account = ports.accounts().find(accountId).filter(a -> a.role() == Role.PARENT).orElseThrow(Actor.NotAllowed::new);
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> {
            var existing = ports.households().householdOf(account.id()).flatMap(ports.households()::find);
            if (existing.isPresent()) ports.households().update(existing.get().renamed(name));
            else ports.households().link(account.id(), ports.households().add(Household.named(account.familyName()).renamed(name)).id());
        });
        return errors;
    }
}
