package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryThrottleRepositoryTest extends ThrottleRepositoryContract {

    private final InMemoryThrottleRepository throttles = new InMemoryThrottleRepository();

    @Override
    protected ThrottleRepository repository() {
        return throttles;
    }
}
