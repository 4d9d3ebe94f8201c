package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.application.messaging.Messaging;
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
    /** @param householdName «Famille DUPONT»: an agent sees whose démarche it is */
    public record Dossier(Demarche demarche, DemarcheForm form, List<StatusChange> history, List<Long> familyAccounts, String householdName) {
        /** «la famille» or «la mairie»: who made a change of the history. */
        public String who(StatusChange change) {
            return familyAccounts.contains(change.byAccountId()) ? "la famille" : "la mairie";
        }
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
        return new Dossier(demarche, repository.form(demarche.formId()).orElseThrow(), repository.history(demarcheId),
                households.accountsOf(demarche.householdId()), householdName(demarche.householdId()));
    }

    /**
     * A family starts a démarche from the catalogue: the draft exists at once, listed in «Démarches en cours», so the
     * parent can leave and come back to it. «Commencer» pressed again on the same form opens that draft while nothing
     * is written in it, rather than leaving empty drafts behind.
     */
    public Demarche start(Actor parent, long formId) {
        long household = households.householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        var form = repository.form(formId).filter(DemarcheForm::active).orElseThrow(Actor.NotAllowed::new);
        var untouched = repository.ofHousehold(household).stream()
                .filter(d -> d.formId() == formId && d.status() == DemarcheStatus.DRAFT && d.answers().values().stream().allMatch(String::isBlank))
                .findFirst();
        if (untouched.isPresent()) return untouched.get();
        return transactions.inTransaction(() -> {
            var started = repository.add(Demarche.started(form, household, clock.instant()));
            repository.record(new StatusChange(started.id(), null, DemarcheStatus.DRAFT, parent.accountId(), clock.instant(), null));
            return started;
        });
    }

    public Demarche.Outcome saveDraft(Actor parent, long demarcheId, Map<String, String> answers) {
        return saveDraft(parent, demarcheId, answers, Map.of());
    }

    public Demarche.Outcome submit(Actor parent, long demarcheId, Map<String, String> answers) {
        return submit(parent, demarcheId, answers, Map.of());
    }

    /** @param files the files sent for «fichier» questions, by field key (a question left without a new file keeps its answer) */
    public Demarche.Outcome saveDraft(Actor parent, long demarcheId, Map<String, String> answers, Map<String, Messaging.Upload> files) {
        var demarche = visible(parent, demarcheId);
        return withFiles(demarche, answers, files, all -> apply(parent, demarche, demarche.saveDraft(form(demarche), all, clock.instant()), false));
    }

    public Demarche.Outcome submit(Actor parent, long demarcheId, Map<String, String> answers, Map<String, Messaging.Upload> files) {
        var demarche = visible(parent, demarcheId);
        return withFiles(demarche, answers, files, all -> apply(parent, demarche, demarche.submit(form(demarche), all, clock.instant()), false));
    }

    /** A joined file, for the démarche's household or staff only. */
    public DemarcheRepository.StoredFile file(Actor actor, long fileId) {
        var file = repository.file(fileId).orElseThrow(Actor.NotAllowed::new);
        visible(actor, file.demarcheId());
        return file;
    }

    /**
     * Checks the files under the upload rules, stores the good ones and puts their references among the answers; a
     * bad file refuses the whole form (nothing stored). File questions the browser cannot send back keep their
     * previous answer.
     */
    private Demarche.Outcome withFiles(Demarche demarche, Map<String, String> answers, Map<String, Messaging.Upload> files,
                                       java.util.function.Function<Map<String, String>, Demarche.Outcome> then) {
        if (!demarche.status().editable()) return new Demarche.Outcome.Refused(Demarche.NOT_EDITABLE);
        var all = new java.util.LinkedHashMap<>(answers);
        var problems = new java.util.LinkedHashMap<String, String>();
        var accepted = new java.util.LinkedHashMap<String, UploadedFile>();
        for (var field : form(demarche).fields()) {
            if (field.kind() != fr.portailfamille.domain.demarches.FieldKind.FILE) continue;
            all.remove(field.key()); // only a stored file may answer a file question, never a typed value
            String previous = demarche.answers().get(field.key());
            if (previous != null) all.put(field.key(), previous);
            var upload = files.get(field.key());
            if (upload == null || !upload.present()) continue;
            switch (UploadedFile.check(upload.fileName(), upload.content(), upload.tooLarge())) {
                case UploadedFile.Check.Accepted ok -> accepted.put(field.key(), ok.file());
                case UploadedFile.Check.Refused refused -> problems.put(field.key(), "« " + field.label() + " » : " + refused.message());
            }
        }
        if (!problems.isEmpty()) return new Demarche.Outcome.Invalid(problems);
        try {
            return transactions.inTransaction(() -> {
                accepted.forEach((key, file) -> {
                    long id = repository.storeFile(demarche.id(), key, file.displayName(), file.type().mediaType(), file.content());
                    all.put(key, new fr.portailfamille.domain.demarches.FormField.FileAnswer(id, file.displayName()).value());
                });
                var outcome = then.apply(all);
                if (!(outcome instanceof Demarche.Outcome.Done)) throw new Undo(outcome); // a refused form keeps no file
                return outcome;
            });
        } catch (Undo undo) {
            return undo.outcome;
        }
    }

    /** Rolls the files back when the answers are refused. */
    private static final class Undo extends RuntimeException {
        final Demarche.Outcome outcome;

        Undo(Demarche.Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** A démarche waiting for a decision and the family that sent it. */
    public record Waiting(Demarche demarche, String householdName) {
    }

    /** Agents: the démarches waiting for a decision, oldest first, each with its family (one read per family). */
    public List<Waiting> queue(Actor agent) {
        agent.requireStaff();
        var names = new java.util.HashMap<Long, String>();
        return repository.withStatus(DemarcheStatus.SUBMITTED).stream()
                .map(d -> new Waiting(d, names.computeIfAbsent(d.householdId(), this::householdName))).toList();
    }

    private String householdName(long householdId) {
        return households.find(householdId).map(h -> h.name()).orElse("Foyer " + householdId);
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
                if (decision) tell(done.demarche(), decisionTitle(form(before), done.demarche()));
            }
        });
        return outcome;
    }

    /** «Changement de situation : rejetée – motif : …»: a démarche's reason is no health data, the family reads it in the mail too. */
    static String decisionTitle(DemarcheForm form, Demarche decided) {
        String title = form.title() + " : " + decided.status().label().toLowerCase(java.util.Locale.FRENCH);
        return decided.rejectionReason() == null || decided.rejectionReason().isBlank() ? title : title + " – motif : " + decided.rejectionReason();
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
