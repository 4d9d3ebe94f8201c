package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryFranceConnectLinksTest extends FranceConnectLinksContract {

    private final InMemoryFranceConnectLinks links = new InMemoryFranceConnectLinks();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected FranceConnectLinks links() {
        return links;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
