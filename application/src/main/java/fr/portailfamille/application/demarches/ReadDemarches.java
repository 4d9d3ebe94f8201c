package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.StatusChange;

import java.util.List;

/**
 * A family reads its démarches, and anyone allowed opens one with its history and joined files. The three queries
 * stay together: they read the same records under the same rule (the démarche's household or staff, 404 otherwise).
 */
public final class ReadDemarches {

    /** A démarche with its form and history, as its pages show it. */
    /** @param householdName «Famille DUPONT»: an agent sees whose démarche it is */
    public record Dossier(Demarche demarche, DemarcheForm form, List<StatusChange> history, List<Long> familyAccounts, String householdName) {
        /** «la famille» or «la mairie»: who made a change of the history. */
        public String who(StatusChange change) {
            return familyAccounts.contains(change.byAccountId()) ? "la famille" : "la mairie";
        }
    }

    private final DemarchePorts ports;
    private final DemarcheSteps steps;

    public ReadDemarches(DemarchePorts ports) {
        this.ports = ports;
        this.steps = new DemarcheSteps(ports);
    }

    public List<Demarche> familyDemarches(Actor parent) {
        return ports.households().householdOf(parent.accountId()).map(ports.repository()::ofHousehold).orElse(List.of());
    }

    public Dossier open(Actor actor, long demarcheId) {
        var demarche = steps.visible(actor, demarcheId);
        return new Dossier(demarche, steps.form(demarche), ports.repository().history(demarcheId),
                ports.households().accountsOf(demarche.householdId()), steps.householdName(demarche.householdId()));
    }

    /** A joined file, for the démarche's household or staff only. */
    public DemarcheRepository.StoredFile file(Actor actor, long fileId) {
        var file = ports.repository().file(fileId).orElseThrow(Actor.NotAllowed::new);
        steps.visible(actor, file.demarcheId());
        return file;
    }
}
