package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DossierChange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * «Consentements et droits d'accès»: yes or no to each of the town's current questions for one child, dated, with
 * who answered. A question reworded by the town (new version) shows unanswered again.
 */
public final class AnswerConsents {

    /** A question with the answer to its current version, if any, and who gave it. */
    public record Question(ConsentQuestion question, Optional<ConsentAnswer> answer, String answeredBy) {
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public AnswerConsents(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    public List<Question> questions(Actor actor, long householdId, long childId) {
        access.child(actor, householdId, childId);
        var answers = ports.households().answers(childId);
        return ports.catalogue().currentQuestions().stream()
                .map(q -> {
                    var answer = answers.stream().filter(a -> a.answers(q)).reduce((first, last) -> last);
                    return new Question(q, answer, answer.flatMap(a -> ports.accounts().find(a.answeredBy())).map(a -> a.displayName()).orElse(""));
                })
                .toList();
    }

    /** One change of an answer, as the family and staff read it: the question's wording and who answered. */
    public record Change(ConsentAnswer answer, String question, String answeredBy) {
    }

    /** Every answer given, withdrawn or given again for the child, most recent first. */
    public List<Change> history(Actor actor, long householdId, long childId) {
        access.child(actor, householdId, childId);
        var labels = new java.util.HashMap<String, String>();
        ports.catalogue().currentQuestions().forEach(q -> labels.put(q.code(), q.label()));
        var names = new java.util.HashMap<Long, String>();
        return ports.households().consentHistory(childId).reversed().stream()
                .map(a -> new Change(a, labels.getOrDefault(a.questionCode(), a.questionCode()) + " (version " + a.version() + ")",
                        names.computeIfAbsent(a.answeredBy(), id -> ports.accounts().find(id).map(acc -> acc.displayName()).orElse(""))))
                .toList();
    }

    /**
     * @param choices «oui»/«non» by question code; a required question left unanswered is refused
     * @return the refused fields («question-droit-image»); empty when saved
     */
    public FieldErrors answer(Actor actor, long householdId, long childId, Map<String, String> choices) {
        var current = questions(actor, householdId, childId);
        var errors = new FieldErrors();
        for (var q : current) {
            String choice = choices.getOrDefault(q.question().code(), "");
            if (q.question().required() && !choice.equals("oui") && !choice.equals("non")) {
                errors.add("question-" + q.question().code(), "Répondez oui ou non à la question « " + q.question().label() + " ».");
            }
        }
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> {
            var now = ports.clock().instant();
            for (var q : current) {
                String choice = choices.getOrDefault(q.question().code(), "");
                if (!choice.equals("oui") && !choice.equals("non")) continue;
                boolean granted = choice.equals("oui");
                if (q.answer().isPresent() && q.answer().get().granted() == granted) continue;
                ports.households().saveAnswer(new ConsentAnswer(childId, q.question().code(), q.question().version(), granted, now, actor.accountId()));
                ports.audit().record(new DossierChange(householdId, childId, actor.accountId(), now,
                        "Consentement – " + q.question().label() + " (version " + q.question().version() + ")",
                        q.answer().map(a -> a.granted() ? "Oui" : "Non").orElse(""), granted ? "Oui" : "Non"));
            }
        });
        return errors;
    }
}
