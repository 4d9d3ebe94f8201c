package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryQuotientRepositoryTest extends QuotientRepositoryContract {
    private final InMemoryQuotientRepository repository = new InMemoryQuotientRepository();
    private long ids;

    @Override
    protected QuotientRepository repository() {
        return repository;
    }

    @Override
    protected long newHousehold() {
        return ++ids;
    }

    @Override
    protected long newAgent() {
        return ++ids;
    }
}
