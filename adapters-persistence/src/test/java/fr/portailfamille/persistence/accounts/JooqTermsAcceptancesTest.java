package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.TermsAcceptances;
import fr.portailfamille.application.accounts.TermsAcceptancesContract;
import fr.portailfamille.application.accounts.port.TermsRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqTermsAcceptancesTest extends TermsAcceptancesContract {

    // once per test: every call to repository(), accounts() and terms() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected TermsAcceptances repository() {
        return new JooqTermsAcceptances(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }

    @Override
    protected TermsRepository terms() {
        return new JooqTermsRepository(db);
    }
}
