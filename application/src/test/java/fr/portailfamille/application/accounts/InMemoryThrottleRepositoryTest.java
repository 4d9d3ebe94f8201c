package fr.portailfamille.application.accounts;

class InMemoryThrottleRepositoryTest extends ThrottleRepositoryContract {

    private final InMemoryThrottleRepository throttles = new InMemoryThrottleRepository();

    @Override
    protected ThrottleRepository repository() {
        return throttles;
    }
}
