package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class ScriptedQuotientLookupTest extends QuotientLookupContract {

    private final ScriptedQuotientLookup lookup = new ScriptedQuotientLookup();

    @Override
    protected QuotientLookup lookup() {
        return lookup;
    }

    @Override
    protected void knows(String birthName, QuotientLookup.Answer.Found found) {
        lookup.knows(birthName, found);
    }

    @Override
    protected void goesDown() {
        lookup.down = true;
    }
}
