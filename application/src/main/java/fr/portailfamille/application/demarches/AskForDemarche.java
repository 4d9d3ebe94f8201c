package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;

/** The town asks a household to complete a démarche: it shows under «démarches à compléter» and the family is told. */
public final class AskForDemarche {

    private final DemarchePorts ports;
    private final DemarcheSteps steps;

    public AskForDemarche(DemarchePorts ports) {
        this.ports = ports;
        this.steps = new DemarcheSteps(ports);
    }

    public Demarche ask(Actor agent, long householdId, long formId) {
        agent.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var form = ports.repository().form(formId).orElseThrow(Actor.NotAllowed::new);
        return ports.transactions().inTransaction(() -> {
            var requested = ports.repository().add(Demarche.requested(form, householdId, ports.clock().instant()));
            ports.repository().record(new StatusChange(requested.id(), null, DemarcheStatus.TO_COMPLETE, agent.accountId(), ports.clock().instant(), null));
            steps.tell(requested, "La mairie vous demande de compléter : " + form.title());
            return requested;
        });
    }
}
