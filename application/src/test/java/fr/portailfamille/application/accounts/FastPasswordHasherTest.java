package fr.portailfamille.application.accounts;

class FastPasswordHasherTest extends PasswordHasherContract {
    @Override
    protected PasswordHasher hasher() {
        return new FastPasswordHasher();
    }
}
