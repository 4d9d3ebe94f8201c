package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.LoginThrottle;

/** Out-port: consecutive sign-in failures per key («account:42», «address:203.0.113.7»). */
public interface ThrottleRepository {

    /** {@link LoginThrottle#none()} for an unknown key. */
    LoginThrottle find(String key);

    void save(String key, LoginThrottle throttle);

    void clear(String key);
}
