package fr.portailfamille.domain.demarches;

import java.util.Arrays;
import java.util.Optional;

/** What a démarche's field asks for; agents name the kind in French when they define a form. */
public enum FieldKind {
    TEXT("texte"),
    LONG_TEXT("texte long"),
    DATE("date"),
    CHOICE("choix"),
    YES_NO("oui/non"),
    /** A file joined to the answer; the answer keeps a reference «fichier:<id>:<name>». */
    FILE("fichier");

    private final String word;

    FieldKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<FieldKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equalsIgnoreCase(word.strip())).findFirst();
    }
}
