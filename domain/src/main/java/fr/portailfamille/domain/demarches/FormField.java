package fr.portailfamille.domain.demarches;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** One question of a démarche form; {@code key} names the answer («champ1», «champ2»…). */
public record FormField(String key, String label, FieldKind kind, boolean required, List<String> choices) {

    // STRICT: «31/02/2026» is refused, not quietly turned into 28 February
    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    public static final int ANSWER_MAX = 5_000;

    public FormField {
        choices = List.copyOf(choices);
    }

    /** The French problem with an answer, if any; a blank optional answer is fine. */
    public Optional<String> problem(String answer) {
        String value = answer == null ? "" : answer.strip();
        if (value.isEmpty()) return required ? Optional.of("« " + label + " » est obligatoire.") : Optional.empty();
        if (value.length() > ANSWER_MAX) return Optional.of("« " + label + " » ne doit pas dépasser " + ANSWER_MAX + " caractères.");
        return switch (kind) {
            case TEXT -> value.contains("\n") ? Optional.of("« " + label + " » tient sur une ligne.") : Optional.empty();
            case LONG_TEXT -> Optional.empty();
            case DATE -> parseDate(value).isPresent() ? Optional.empty()
                    : Optional.of("« " + label + " » : saisissez une date au format jj/mm/aaaa, par exemple 05/09/2026.");
            case CHOICE -> choices.contains(value) ? Optional.empty() : Optional.of("« " + label + " » : choisissez l'une des réponses proposées.");
            case YES_NO -> value.equals("oui") || value.equals("non") ? Optional.empty() : Optional.of("« " + label + " » : répondez oui ou non.");
            case FILE -> FileAnswer.parse(value).isPresent() ? Optional.empty() : Optional.of("« " + label + " » : joignez un fichier.");
        };
    }

    /** A file answer: the stored file's id and the name the family gave it. */
    public record FileAnswer(long fileId, String name) {
        public String value() {
            return "fichier:" + fileId + ":" + name;
        }

        public static Optional<FileAnswer> parse(String value) {
            String[] parts = value == null ? new String[0] : value.split(":", 3);
            if (parts.length != 3 || !parts[0].equals("fichier") || !parts[1].matches("\\d{1,18}")) return Optional.empty();
            return Optional.of(new FileAnswer(Long.parseLong(parts[1]), parts[2]));
        }
    }

    /** Accepts «05/09/2026» and the browser's «2026-09-05». */
    public static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, FRENCH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
