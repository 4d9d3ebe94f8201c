package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.ConsentQuestion;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The town's consent questions: an administrator adds one, or rewords one (a new version: every family answers again,
 * the answers to the old version are kept as they were given).
 */
public final class TownConsents {

    private final HouseholdsPorts ports;

    public TownConsents(HouseholdsPorts ports) {
        this.ports = ports;
    }

    public List<ConsentQuestion> current(Actor actor) {
        actor.requireStaff();
        return ports.catalogue().currentQuestions();
    }

    /**
     * @param code an existing question's code to reword it, "" for a new question (its code is made from the label)
     * @return the refused fields; empty when published
     */
    public FieldErrors publish(Actor actor, String code, String label, boolean required) {
        actor.requireAdmin();
        var errors = new FieldErrors().requireText("label", label, "Question posée aux familles", 300);
        var existing = ports.catalogue().currentQuestions().stream().filter(q -> q.code().equals(code)).findFirst();
        if (code != null && !code.isBlank() && existing.isEmpty()) errors.add("code", "Choisissez une question de la liste, ou « Nouvelle question ».");
        if (!errors.isEmpty()) return errors;
        String newCode = existing.map(ConsentQuestion::code)
                .orElseGet(() -> uniqueCode(slug(label), ports.catalogue().currentQuestions().stream().map(ConsentQuestion::code).toList()));
        if (newCode.isEmpty()) return errors.add("label", "La question doit contenir au moins une lettre ou un chiffre.");
        int version = existing.map(q -> q.version() + 1).orElse(1);
        ports.transactions().run(() -> ports.catalogue().publishQuestion(new ConsentQuestion(newCode, version, label.strip(), required)));
        return errors;
    }

    /** {@code base}, or «base-2», «base-3»… when it is taken (at most 40 characters). */
    static String uniqueCode(String base, List<String> taken) {
        String code = base;
        for (int n = 2; taken.contains(code); n++) code = base.substring(0, Math.min(base.length(), 36)) + "-" + n;
        return code;
    }

    /** «Sorties hors de l'école» → «sorties-hors-de-l-ecole» (at most 40 characters). */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
