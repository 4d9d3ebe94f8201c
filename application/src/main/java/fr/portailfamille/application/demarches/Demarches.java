package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Transactions;
import fr.portailfamille.application.households.HouseholdRepository;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Online démarches: agents define forms and ask a household to complete one; a family starts one, saves a draft,
 * submits; an agent validates or rejects with a reason the family sees. Every status change is kept with who and
 * when; the family is told of each decision. A family sees only its own démarches (404 otherwise).
 */
public final class Demarches {

    /** A démarche with its form and history, as its pages show it. */
    public record Dossier(Demarche demarche, DemarcheForm form, List<StatusChange> history) {
    }

    private final DemarcheRepository repository;
    private final HouseholdRepository households;
    private final Notifier notifier;
    private final Transactions transactions;
    private final Clock clock;

    public Demarches(DemarcheRepository repository, HouseholdRepository households, Notifier notifier, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.households = households;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<DemarcheForm> catalogue() {
        return repository.forms(true);
    }

    /** Every form's title by id, for lists of démarches (titles are public: they name the town's démarches). */
    public Map<Long, String> formTitles() {
        var titles = new java.util.HashMap<Long, String>();
        repository.forms(false).forEach(f -> titles.put(f.id(), f.title()));
        return titles;
    }

    public List<Demarche> familyDemarches(Actor parent) {
        return households.householdOf(parent.accountId()).map(repository::ofHousehold).orElse(List.of());
    }

    public Dossier open(Actor actor, long demarcheId) {
        var demarche = visible(actor, demarcheId);
        return new Dossier(demarche, repository.form(demarche.formId()).orElseThrow(), repository.history(demarcheId));
    }

    /** A family starts a démarche from the catalogue: a draft to fill in. */
    public Demarche start(Actor parent, long formId) {
        long household = households.householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        var form = repository.form(formId).filter(DemarcheForm::active).orElseThrow(Actor.NotAllowed::new);
        return transactions.inTransaction(() -> {
            var started = repository.add(Demarche.started(form, household, clock.instant()));
            repository.record(new StatusChange(started.id(), null, DemarcheStatus.DRAFT, parent.accountId(), clock.instant(), null));
            return started;
        });
    }

    public Demarche.Outcome saveDraft(Actor parent, long demarcheId, Map<String, String> answers) {
        var demarche = visible(parent, demarcheId);
        return apply(parent, demarche, demarche.saveDraft(form(demarche), answers, clock.instant()), false);
    }

    public Demarche.Outcome submit(Actor parent, long demarcheId, Map<String, String> answers) {
        var demarche = visible(parent, demarcheId);
        return apply(parent, demarche, demarche.submit(form(demarche), answers, clock.instant()), false);
    }

    /** Agents: the démarches waiting for a decision, oldest first. */
    public List<Demarche> queue(Actor agent) {
        agent.requireStaff();
        return repository.withStatus(DemarcheStatus.SUBMITTED);
    }

    public Demarche.Outcome validate(Actor agent, long demarcheId) {
        agent.requireStaff();
        var demarche = visible(agent, demarcheId);
        return apply(agent, demarche, demarche.validate(clock.instant()), true);
    }

    public Demarche.Outcome reject(Actor agent, long demarcheId, String reason) {
        agent.requireStaff();
        var demarche = visible(agent, demarcheId);
        return apply(agent, demarche, demarche.reject(reason, clock.instant()), true);
    }

    /** The town asks a household to complete a démarche: it shows under «démarches à compléter». */
    public Demarche ask(Actor agent, long householdId, long formId) {
        agent.requireStaff();
        households.find(householdId).orElseThrow(Actor.NotAllowed::new);
        var form = repository.form(formId).orElseThrow(Actor.NotAllowed::new);
        return transactions.inTransaction(() -> {
            var requested = repository.add(Demarche.requested(form, householdId, clock.instant()));
            repository.record(new StatusChange(requested.id(), null, DemarcheStatus.TO_COMPLETE, agent.accountId(), clock.instant(), null));
            tell(requested, "La mairie vous demande de compléter : " + form.title());
            return requested;
        });
    }

    public sealed interface FormDefinition {
        record Defined(DemarcheForm form) implements FormDefinition {
        }

        record Invalid(FieldErrors errors) implements FormDefinition {
        }
    }

    public FormDefinition define(Actor agent, String title, String description, String definition) {
        agent.requireStaff();
        var errors = new FieldErrors().requireText("title", title, "Titre", 150);
        List<fr.portailfamille.domain.demarches.FormField> fields = List.of();
        switch (DemarcheForm.parse(definition)) {
            case DemarcheForm.Definition.Valid valid -> fields = valid.fields();
            case DemarcheForm.Definition.Invalid invalid -> errors.add("definition", String.join(" ", invalid.problems()));
        }
        if (!errors.isEmpty()) return new FormDefinition.Invalid(errors);
        String text = description == null ? "" : description.strip();
        return new FormDefinition.Defined(repository.addForm(new DemarcheForm(0, title.strip(), text, definition.strip(), fields, true)));
    }

    public List<DemarcheForm> forms(Actor agent) {
        agent.requireStaff();
        return repository.forms(false);
    }

    private Demarche.Outcome apply(Actor actor, Demarche before, Demarche.Outcome outcome, boolean decision) {
        if (!(outcome instanceof Demarche.Outcome.Done done)) return outcome;
        transactions.run(() -> {
            repository.update(done.demarche());
            if (before.status() != done.demarche().status()) {
                repository.record(new StatusChange(before.id(), before.status(), done.demarche().status(), actor.accountId(), clock.instant(),
                        done.demarche().rejectionReason()));
                if (decision) tell(done.demarche(), form(before).title() + " : " + done.demarche().status().label().toLowerCase(java.util.Locale.FRENCH));
            }
        });
        return outcome;
    }

    private void tell(Demarche demarche, String title) {
        for (long account : households.accountsOf(demarche.householdId())) {
            notifier.notify(account, NotificationKind.DEMARCHE_STATUS, title, "/demarches/" + demarche.id());
        }
    }

    private DemarcheForm form(Demarche demarche) {
        return repository.form(demarche.formId()).orElseThrow();
    }

    private Demarche visible(Actor actor, long demarcheId) {
        var demarche = repository.find(demarcheId).orElseThrow(Actor.NotAllowed::new);
        if (!actor.role().isStaff() && households.householdOf(actor.accountId()).filter(h -> h == demarche.householdId()).isEmpty()) {
            throw new Actor.NotAllowed();
        }
        return demarche;
    }
}
