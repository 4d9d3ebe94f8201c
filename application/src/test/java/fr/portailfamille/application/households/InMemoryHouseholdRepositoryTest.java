package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryHouseholdRepositoryTest extends HouseholdRepositoryContract {

    private final InMemoryHouseholdRepository repository = new InMemoryHouseholdRepository();
    private long accounts = 100;

    @Override
    protected HouseholdRepository repository() {
        return repository;
    }

    @Override
    protected long anAccount() {
        return ++accounts;
    }
}
