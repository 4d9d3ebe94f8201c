package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryTermsAcceptancesTest extends TermsAcceptancesContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryTermsRepository terms = new InMemoryTermsRepository();
    private final InMemoryTermsAcceptances acceptances = new InMemoryTermsAcceptances();

    @Override
    protected TermsAcceptances repository() {
        return acceptances;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected TermsRepository terms() {
        return terms;
    }
}
