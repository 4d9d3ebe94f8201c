package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryTermsRepositoryTest extends TermsRepositoryContract {
    @Override
    protected TermsRepository repository() {
        return new InMemoryTermsRepository();
    }
}
