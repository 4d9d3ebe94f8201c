package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;

import java.util.List;

/**
 * «Consulter mon dossier»: the household, its children and, for each, the checklist of what is missing. A parent's
 * household is created empty, named after the account, the first time the parent opens the dossier.
 */
public final class OpenDossier {

    public record ChildDossier(Child child, List<ChildCompleteness.Item> missing) {
        public boolean bookable() {
            return missing.isEmpty();
        }
    }

    public record View(Household household, List<ChildDossier> children) {
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;
    private final ChildCompleteness completeness;

    public OpenDossier(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
        this.completeness = new ChildCompleteness(ports);
    }

    /** The parent's own household, created at first access. Staff have none. */
    public long householdOf(Actor actor) {
        if (actor.role() != Role.PARENT) throw new Actor.NotAllowed();
        return ports.transactions().inTransaction(() -> ports.households().householdOf(actor.accountId()).orElseGet(() -> {
            var account = ports.accounts().find(actor.accountId()).orElseThrow(Actor.NotAllowed::new);
            long id = ports.households().add(Household.named(account.familyName())).id();
            ports.households().link(account.id(), id);
            return id;
        }));
    }

    public View view(Actor actor, long householdId) {
        var household = access.household(actor, householdId);
        var all = ports.households().children(householdId);
        var missing = completeness.missingItems(householdId, all);
        var children = all.stream().map(child -> new ChildDossier(child, missing.get(child.id()))).toList();
        return new View(household, children);
    }

    public Child child(Actor actor, long householdId, long childId) {
        return access.child(actor, householdId, childId);
    }
}
