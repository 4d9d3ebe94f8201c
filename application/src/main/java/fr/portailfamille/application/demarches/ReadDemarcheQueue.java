package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheStatus;

import java.util.HashMap;
import java.util.List;

/** Agents read the démarches waiting for a decision. */
public final class ReadDemarcheQueue {

    /** A démarche waiting for a decision and the family that sent it. */
    public record Waiting(Demarche demarche, String householdName) {
    }

    private final DemarchePorts ports;
    private final DemarcheSteps steps;

    public ReadDemarcheQueue(DemarchePorts ports) {
        this.ports = ports;
        this.steps = new DemarcheSteps(ports);
    }

    /** Oldest first, each with its family (one read per family). */
    public List<Waiting> queue(Actor agent) {
        agent.requireStaff();
        var names = new HashMap<Long, String>();
        return ports.repository().withStatus(DemarcheStatus.SUBMITTED).stream()
                .map(d -> new Waiting(d, names.computeIfAbsent(d.householdId(), steps::householdName))).toList();
    }
}
