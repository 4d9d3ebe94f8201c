package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.demarches.Demarche;

import java.util.Map;

/** A family sends its completed démarche to the town, which then decides on it. */
public final class SubmitDemarche {

    private final DemarcheAnswers answers;

    public SubmitDemarche(DemarchePorts ports) {
        this.answers = new DemarcheAnswers(ports);
    }

    public Demarche.Outcome submit(Actor parent, long demarcheId, Map<String, String> answers) {
        return submit(parent, demarcheId, answers, Map.of());
    }

    /** @param files the files sent for «fichier» questions, by field key (a question left without a new file keeps its answer) */
    public Demarche.Outcome submit(Actor parent, long demarcheId, Map<String, String> answers, Map<String, Upload> files) {
        return this.answers.fillIn(parent, demarcheId, answers, files, (demarche, form, all, now) -> demarche.submit(form, all, now));
    }
}
