package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * API Particulier for use-case tests: answers what the test says — for a birth name it {@link #knows}, else
 * {@link #answer} — and records who was asked about.
 */
public final class ScriptedQuotientLookup implements QuotientLookup {

    public final List<Allocataire> asked = new ArrayList<>();
    public Answer answer = new Answer.NotFound();
    /** The service does not answer: every lookup fails. */
    public boolean down;
    private final Map<String, Answer> byBirthName = new HashMap<>();

    public ScriptedQuotientLookup knows(String birthName, Answer answer) {
        byBirthName.put(birthName.toUpperCase(Locale.ROOT), answer);
        return this;
    }

    @Override
    public Answer lookup(Allocataire allocataire) {
        asked.add(allocataire);
        if (down) return new Answer.Failed("service down");
        return byBirthName.getOrDefault(allocataire.birthName().toUpperCase(Locale.ROOT), answer);
    }
}
