package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryTokenRepositoryTest extends TokenRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();

    @Override
    protected TokenRepository repository() {
        return tokens;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
