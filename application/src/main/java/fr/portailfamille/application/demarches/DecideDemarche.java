package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;

/** An agent validates a sent démarche or rejects it with a reason the family reads; the family is told either way. */
public final class DecideDemarche {

    private final DemarchePorts ports;
    private final DemarcheSteps steps;

    public DecideDemarche(DemarchePorts ports) {
        this.ports = ports;
        this.steps = new DemarcheSteps(ports);
    }

    public Demarche.Outcome validate(Actor agent, long demarcheId) {
        agent.requireStaff();
        var demarche = steps.visible(agent, demarcheId);
        return steps.apply(agent, demarche, demarche.validate(ports.clock().instant()), true);
    }

    public Demarche.Outcome reject(Actor agent, long demarcheId, String reason) {
        agent.requireStaff();
        var demarche = steps.visible(agent, demarcheId);
        return steps.apply(agent, demarche, demarche.reject(reason, ports.clock().instant()), true);
    }
}
