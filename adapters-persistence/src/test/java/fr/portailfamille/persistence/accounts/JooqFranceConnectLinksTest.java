package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.FranceConnectLinks;
import fr.portailfamille.application.accounts.FranceConnectLinksContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqFranceConnectLinksTest extends FranceConnectLinksContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected FranceConnectLinks links() {
        return new JooqFranceConnectLinks(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }
}
