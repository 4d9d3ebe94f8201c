package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.households.Household;

import java.util.List;
import java.util.Optional;

/** An agent reads a household's quotients familiaux: every one entered, and the one that applies today. */
public final class ReadQuotients {

    public record HouseholdQuotients(Household household, List<FamilyQuotient> history, Optional<FamilyQuotient> current) {
    }

    private final BillingPorts ports;

    public ReadQuotients(BillingPorts ports) {
        this.ports = ports;
    }

    public HouseholdQuotients quotients(Actor actor, long householdId) {
        actor.requireStaff();
        var household = ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var history = ports.quotients().history(householdId);
        return new HouseholdQuotients(household, history, ports.quotientProvider().validOn(householdId, ports.today()));
    }
}
