package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;

/**
 * Who may open which dossier, decided once for every use case: staff any household, a parent only its own. A child
 * of another household is as unknown as one that does not exist ({@link Actor.NotAllowed}, a 404 on the web).
 */
final class DossierAccess {

    private final HouseholdsPorts ports;

    DossierAccess(HouseholdsPorts ports) {
        this.ports = ports;
    }

    Household household(Actor actor, long householdId) {
        if (!actor.role().isStaff() && ports.households().householdOf(actor.accountId()).filter(id -> id == householdId).isEmpty()) {
            throw new Actor.NotAllowed();
        }
        return ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
    }

    Child child(Actor actor, long householdId, long childId) {
        household(actor, householdId);
        return ports.households().findChild(childId).filter(c -> c.householdId() == householdId).orElseThrow(Actor.NotAllowed::new);
    }
}
