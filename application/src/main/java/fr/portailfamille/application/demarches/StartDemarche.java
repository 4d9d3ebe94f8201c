package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;

/** A family starts a démarche from the catalogue. */
public final class StartDemarche {

    private final DemarchePorts ports;

    public StartDemarche(DemarchePorts ports) {
        this.ports = ports;
    }

    /**
     * The draft exists at once, listed in «Démarches en cours», so the parent can leave and come back to it.
     * «Commencer» pressed again on the same form opens that draft while nothing is written in it, rather than leaving
     * empty drafts behind.
     */
    public Demarche start(Actor parent, long formId) {
        var repository = ports.repository();
        long household = ports.households().householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        var form = repository.form(formId).filter(DemarcheForm::active).orElseThrow(Actor.NotAllowed::new);
        var untouched = repository.ofHousehold(household).stream()
                .filter(d -> d.formId() == formId && d.status() == DemarcheStatus.DRAFT && d.answers().values().stream().allMatch(String::isBlank))
                .findFirst();
        if (untouched.isPresent()) return untouched.get();
        return ports.transactions().inTransaction(() -> {
            var started = repository.add(Demarche.started(form, household, ports.clock().instant()));
            repository.record(new StatusChange(started.id(), null, DemarcheStatus.DRAFT, parent.accountId(), ports.clock().instant(), null));
            return started;
        });
    }
}
