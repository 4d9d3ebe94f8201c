package fr.portailfamille.application.accounts;

class InMemoryTermsRepositoryTest extends TermsRepositoryContract {
    @Override
    protected TermsRepository repository() {
        return new InMemoryTermsRepository();
    }
}
