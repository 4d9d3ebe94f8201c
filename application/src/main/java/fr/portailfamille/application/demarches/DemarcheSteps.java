package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.StatusChange;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.Locale;

/**
 * The steps every démarche use case shares: who may see a démarche (its household or staff, 404 otherwise), how a
 * change is kept with who and when, and how the family is told of a decision.
 */
final class DemarcheSteps {

    private final DemarchePorts ports;

    DemarcheSteps(DemarchePorts ports) {
        this.ports = ports;
    }

    Demarche visible(Actor actor, long demarcheId) {
        var demarche = ports.repository().find(demarcheId).orElseThrow(Actor.NotAllowed::new);
        if (!actor.role().isStaff() && ports.households().householdOf(actor.accountId()).filter(h -> h == demarche.householdId()).isEmpty()) {
            throw new Actor.NotAllowed();
        }
        return demarche;
    }

    DemarcheForm form(Demarche demarche) {
        return ports.repository().form(demarche.formId()).orElseThrow();
    }

    String householdName(long householdId) {
        return ports.households().find(householdId).map(h -> h.name()).orElse("Foyer " + householdId);
    }

    /** Saves the démarche the domain answered, keeps its status change, and tells the family when it is a decision. */
    Demarche.Outcome apply(Actor actor, Demarche before, Demarche.Outcome outcome, boolean decision) {
        if (!(outcome instanceof Demarche.Outcome.Done done)) return outcome;
        ports.transactions().run(() -> {
            ports.repository().update(done.demarche());
            if (before.status() != done.demarche().status()) {
                ports.repository().record(new StatusChange(before.id(), before.status(), done.demarche().status(), actor.accountId(),
                        ports.clock().instant(), done.demarche().rejectionReason()));
                if (decision) tell(done.demarche(), decisionTitle(form(before), done.demarche()));
            }
        });
        return outcome;
    }

    /** «Changement de situation : rejetée – motif : …»: a démarche's reason is no health data, the family reads it in the mail too. */
    static String decisionTitle(DemarcheForm form, Demarche decided) {
        String title = form.title() + " : " + decided.status().label().toLowerCase(Locale.FRENCH);
        return decided.rejectionReason() == null || decided.rejectionReason().isBlank() ? title : title + " – motif : " + decided.rejectionReason();
    }

    void tell(Demarche demarche, String title) {
        for (long account : ports.households().accountsOf(demarche.householdId())) {
            ports.notifier().notify(account, NotificationKind.DEMARCHE_STATUS, title, "/demarches/" + demarche.id());
        }
    }
}
