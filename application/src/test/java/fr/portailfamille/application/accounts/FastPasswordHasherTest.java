package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class FastPasswordHasherTest extends PasswordHasherContract {
    @Override
    protected PasswordHasher hasher() {
        return new FastPasswordHasher();
    }
}
