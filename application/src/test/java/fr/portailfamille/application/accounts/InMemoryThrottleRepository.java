package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.LoginThrottle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryThrottleRepository implements ThrottleRepository {

    private final Map<String, LoginThrottle> throttles = new ConcurrentHashMap<>();

    @Override
    public LoginThrottle find(String key) {
        return throttles.getOrDefault(key, LoginThrottle.none());
    }

    @Override
    public void save(String key, LoginThrottle throttle) {
        throttles.put(key, throttle);
    }

    @Override
    public void clear(String key) {
        throttles.remove(key);
    }
}
