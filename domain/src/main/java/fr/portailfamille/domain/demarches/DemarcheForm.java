package fr.portailfamille.domain.demarches;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A démarche the town offers online («Changement de situation», «Demande de quotient familial»…). Agents define
 * its questions with one line each: «Libellé | type | obligatoire | choix 1 ; choix 2», the type being texte, texte
 * long, date, choix, oui/non or fichier.
 */
public record DemarcheForm(long id, String title, String description, String definition, List<FormField> fields, boolean active) {

    public DemarcheForm {
        if (Objects.requireNonNull(title, "title").isBlank()) throw new IllegalArgumentException("title is blank");
        fields = List.copyOf(fields);
    }

    public sealed interface Definition {
        record Valid(List<FormField> fields) implements Definition {
        }

        record Invalid(List<String> problems) implements Definition {
        }
    }

    /** Reads the agents' one-line-per-question definition, with a French message per wrong line. */
    public static Definition parse(String definition) {
        var fields = new ArrayList<FormField>();
        var problems = new ArrayList<String>();
        String[] lines = definition == null ? new String[0] : definition.strip().split("\\R");
        int number = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            number++;
            String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (parts.length < 2 || parts[0].isEmpty()) {
                problems.add("Ligne " + number + " : écrivez « Libellé | type », par exemple « Date du changement | date | obligatoire ».");
                continue;
            }
            var kind = FieldKind.fromWord(parts[1]);
            if (kind.isEmpty()) {
                problems.add("Ligne " + number + " : le type « " + parts[1] + " » est inconnu (texte, texte long, date, choix, oui/non ou fichier).");
                continue;
            }
            boolean required = parts.length > 2 && parts[2].equalsIgnoreCase("obligatoire");
            List<String> choices = parts.length > 3 ? Arrays.stream(parts[3].split(";")).map(String::strip).filter(c -> !c.isEmpty()).toList() : List.of();
            if (kind.get() == FieldKind.CHOICE && choices.size() < 2) {
                problems.add("Ligne " + number + " : une question à choix propose au moins deux réponses, séparées par « ; ».");
                continue;
            }
            fields.add(new FormField("champ" + number, parts[0], kind.get(), required, choices));
        }
        if (fields.isEmpty() && problems.isEmpty()) problems.add("Ajoutez au moins une question.");
        return problems.isEmpty() ? new Definition.Valid(fields) : new Definition.Invalid(problems);
    }

    /** French problems of a submitted answer set, by field key, in the form's order. */
    public Map<String, String> problems(Map<String, String> answers) {
        var problems = new LinkedHashMap<String, String>();
        for (var field : fields) field.problem(answers.get(field.key())).ifPresent(p -> problems.put(field.key(), p));
        return problems;
    }

    /** Only the form's own keys, trimmed: nothing else a browser sends is kept. */
    public Map<String, String> keep(Map<String, String> answers) {
        var kept = new LinkedHashMap<String, String>();
        for (var field : fields) {
            String value = answers.get(field.key());
            if (value != null && !value.isBlank()) kept.put(field.key(), value.strip());
        }
        return kept;
    }

    public DemarcheForm withId(long newId) {
        return new DemarcheForm(newId, title, description, definition, fields, active);
    }
}
