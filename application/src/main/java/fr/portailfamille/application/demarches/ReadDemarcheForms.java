package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.DemarcheForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The town's démarche forms: the catalogue families start from, every form for agents, and their titles. Sibling
 * queries of one list, kept together.
 */
public final class ReadDemarcheForms {

    private final DemarcheRepository repository;

    public ReadDemarcheForms(DemarchePorts ports) {
        this.repository = ports.repository();
    }

    /** The forms a family may start. */
    public List<DemarcheForm> catalogue() {
        return repository.forms(true);
    }

    /** Every form's title by id, for lists of démarches (titles are public: they name the town's démarches). */
    public Map<Long, String> formTitles() {
        var titles = new HashMap<Long, String>();
        repository.forms(false).forEach(f -> titles.put(f.id(), f.title()));
        return titles;
    }

    /** Agents: every form, retired ones too. */
    public List<DemarcheForm> forms(Actor agent) {
        agent.requireStaff();
        return repository.forms(false);
    }
}
