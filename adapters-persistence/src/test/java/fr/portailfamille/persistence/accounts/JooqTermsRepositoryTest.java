package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.TermsRepository;
import fr.portailfamille.application.accounts.TermsRepositoryContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqTermsRepositoryTest extends TermsRepositoryContract {
    @Override
    protected TermsRepository repository() {
        return new JooqTermsRepository(TestDatabase.fresh());
    }
}
