package fr.portailfamille.domain.demarches;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A household's démarche: its answers and its status; the status moves only along {@link DemarcheStatus#next()}. */
public record Demarche(long id, long formId, long householdId, DemarcheStatus status, Map<String, String> answers, String rejectionReason,
                       Instant createdAt, Instant updatedAt) {

    public static final String NOT_EDITABLE = "Cette démarche a été envoyée : elle ne peut plus être modifiée.";
    public static final String REASON_REQUIRED = "Indiquez le motif du rejet : la famille le verra.";

    public Demarche {
        Objects.requireNonNull(status, "status");
        answers = Map.copyOf(answers);
    }

    public sealed interface Outcome {
        record Done(Demarche demarche) implements Outcome {
        }

        /** Answers with French problems by field key. */
        record Invalid(Map<String, String> problems) implements Outcome {
        }

        record Refused(String message) implements Outcome {
        }
    }

    public static Demarche started(DemarcheForm form, long householdId, Instant now) {
        return new Demarche(0, form.id(), householdId, DemarcheStatus.DRAFT, Map.of(), null, now, now);
    }

    /** The town asks the household to fill this démarche in. */
    public static Demarche requested(DemarcheForm form, long householdId, Instant now) {
        return new Demarche(0, form.id(), householdId, DemarcheStatus.TO_COMPLETE, Map.of(), null, now, now);
    }

    public Outcome saveDraft(DemarcheForm form, Map<String, String> newAnswers, Instant now) {
        if (!status.editable()) return new Outcome.Refused(NOT_EDITABLE);
        return new Outcome.Done(with(DemarcheStatus.DRAFT, form.keep(newAnswers), null, now));
    }

    public Outcome submit(DemarcheForm form, Map<String, String> newAnswers, Instant now) {
        if (!status.editable()) return new Outcome.Refused(NOT_EDITABLE);
        var problems = form.problems(newAnswers);
        if (!problems.isEmpty()) return new Outcome.Invalid(problems);
        return new Outcome.Done(with(DemarcheStatus.SUBMITTED, form.keep(newAnswers), null, now));
    }

    public Outcome validate(Instant now) {
        if (!status.mayBecome(DemarcheStatus.VALIDATED)) return new Outcome.Refused("Seule une démarche en attente de validation peut être validée.");
        return new Outcome.Done(with(DemarcheStatus.VALIDATED, answers, null, now));
    }

    public Outcome reject(String reason, Instant now) {
        if (!status.mayBecome(DemarcheStatus.REJECTED)) return new Outcome.Refused("Seule une démarche en attente de validation peut être rejetée.");
        if (reason == null || reason.isBlank()) return new Outcome.Invalid(Map.of("reason", REASON_REQUIRED));
        return new Outcome.Done(with(DemarcheStatus.REJECTED, answers, reason.strip(), now));
    }

    public Demarche withId(long newId) {
        return new Demarche(newId, formId, householdId, status, answers, rejectionReason, createdAt, updatedAt);
    }

    private Demarche with(DemarcheStatus newStatus, Map<String, String> newAnswers, String reason, Instant now) {
        return new Demarche(id, formId, householdId, newStatus, newAnswers, reason, createdAt, now);
    }
}
