package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.LoginThrottle;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link ThrottleRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class ThrottleRepositoryContract {

    /** An empty repository; several calls within one test give the same store. */
    protected abstract ThrottleRepository repository();

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");
    private static final String ACCOUNT = "account:42";
    private static final String ADDRESS = "address:203.0.113.7";

    @Test
    void an_unknown_key_has_no_failures() {
        assertEquals(LoginThrottle.none(), repository().find(ACCOUNT));
    }

    @Test
    void a_saved_throttle_is_found_again_under_its_key_only() {
        var throttles = repository();
        var three = new LoginThrottle(3, T0);
        throttles.save(ACCOUNT, three);
        assertEquals(three, throttles.find(ACCOUNT));
        assertEquals(LoginThrottle.none(), throttles.find(ADDRESS));
    }

    @Test
    void saving_again_replaces_the_throttle() {
        var throttles = repository();
        throttles.save(ACCOUNT, new LoginThrottle(5, T0));
        var six = new LoginThrottle(5, T0).afterFailure(T0.plusSeconds(11));
        throttles.save(ACCOUNT, six);
        assertEquals(six, throttles.find(ACCOUNT));
        throttles.save(ACCOUNT, six.afterSuccess());
        assertEquals(LoginThrottle.none(), throttles.find(ACCOUNT));
    }

    @Test
    void clear_forgets_that_key_only() {
        var throttles = repository();
        throttles.save(ACCOUNT, new LoginThrottle(2, T0));
        throttles.save(ADDRESS, new LoginThrottle(7, T0));
        throttles.clear(ACCOUNT);
        throttles.clear("account:unknown");
        assertEquals(LoginThrottle.none(), throttles.find(ACCOUNT));
        assertEquals(new LoginThrottle(7, T0), throttles.find(ADDRESS));
    }
}
