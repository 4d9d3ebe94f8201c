package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.demarches.Demarche;

import java.util.Map;

/** A family keeps its answers to come back later, without sending them to the town. */
public final class SaveDemarcheDraft {

    private final DemarcheAnswers answers;

    public SaveDemarcheDraft(DemarchePorts ports) {
        this.answers = new DemarcheAnswers(ports);
    }

    public Demarche.Outcome save(Actor parent, long demarcheId, Map<String, String> answers) {
        return save(parent, demarcheId, answers, Map.of());
    }

    /** @param files the files sent for «fichier» questions, by field key (a question left without a new file keeps its answer) */
    public Demarche.Outcome save(Actor parent, long demarcheId, Map<String, String> answers, Map<String, Upload> files) {
        return this.answers.fillIn(parent, demarcheId, answers, files, (demarche, form, all, now) -> demarche.saveDraft(form, all, now));
    }
}
