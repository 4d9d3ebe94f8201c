package fr.portailfamille.application.demarches;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.FieldKind;
import fr.portailfamille.domain.demarches.FormField;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A family's answers and files, saved as a draft or sent: both go through the same files and the same history. */
final class DemarcheAnswers {

    /** What the domain does with the answers: keep them as a draft, or send them. */
    interface Step {
        Demarche.Outcome apply(Demarche demarche, DemarcheForm form, Map<String, String> answers, Instant now);
    }

    private final DemarchePorts ports;
    private final DemarcheSteps steps;

    DemarcheAnswers(DemarchePorts ports) {
        this.ports = ports;
        this.steps = new DemarcheSteps(ports);
    }

    /** @param files the files sent for «fichier» questions, by field key (a question left without a new file keeps its answer) */
    Demarche.Outcome fillIn(Actor parent, long demarcheId, Map<String, String> answers, Map<String, Upload> files, Step step) {
        var demarche = steps.visible(parent, demarcheId);
        var form = steps.form(demarche);
        return withFiles(demarche, form, answers, files, all -> steps.apply(parent, demarche, step.apply(demarche, form, all, ports.clock().instant()), false));
    }

    /**
     * Checks the files under the upload rules, stores the good ones and puts their references among the answers; a
     * bad file refuses the whole form (nothing stored). File questions the browser cannot send back keep their
     * previous answer.
     */
    private Demarche.Outcome withFiles(Demarche demarche, DemarcheForm form, Map<String, String> answers, Map<String, Upload> files,
                                       java.util.function.Function<Map<String, String>, Demarche.Outcome> then) {
        if (!demarche.status().editable()) return new Demarche.Outcome.Refused(Demarche.NOT_EDITABLE);
        var all = new LinkedHashMap<>(answers);
        var problems = new LinkedHashMap<String, String>();
        var accepted = new LinkedHashMap<String, UploadedFile>();
        for (var field : form.fields()) {
            if (field.kind() != FieldKind.FILE) continue;
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
            return ports.transactions().inTransaction(() -> {
                accepted.forEach((key, file) -> {
                    long id = ports.repository().storeFile(demarche.id(), key, file.displayName(), file.type().mediaType(), file.content());
                    all.put(key, new FormField.FileAnswer(id, file.displayName()).value());
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
        final transient Demarche.Outcome outcome;

        Undo(Demarche.Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
