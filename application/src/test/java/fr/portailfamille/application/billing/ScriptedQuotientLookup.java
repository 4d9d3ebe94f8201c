package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.util.ArrayList;
import java.util.List;

/** API Particulier for use-case tests: answers what the test says, records who was asked about. */
public final class ScriptedQuotientLookup implements QuotientLookup {

    public final List<Allocataire> asked = new ArrayList<>();
    public Answer answer = new Answer.NotFound();

    @Override
    public Answer lookup(Allocataire allocataire) {
        asked.add(allocataire);
        return answer;
    }
}
