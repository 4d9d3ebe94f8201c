package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.AUDIT_EVENT;
import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a reverse proxy every family arrives from the proxy's address: with TRUSTED_PROXIES the portal counts
 * sign-in failures against the address the proxy forwards, so one guesser slows himself down, not every family.
 */
class ReverseProxyTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        // this test's client connects from the loopback: that is the proxy here
        portal = TestPortal.start(dataDir, TestPortal.runningClock(), PortalConfig.Settings.of(Map.of("TRUSTED_PROXIES", "127.0.0.1 ::1")));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    WebClient.Page signIn(WebClient client, String identifier, String password) {
        client.get("/connexion");
        return client.post("/connexion", Map.of("identifier", identifier, "password", password));
    }

    @Test
    void aGuesserBehindTheProxyDoesNotLockOutTheOtherFamilies() {
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
        var guesser = new WebClient(portal.portal().port()).forwardedFor("203.0.113.9");
        for (int i = 0; i < 6; i++) signIn(guesser, "inconnu" + i + "@exemple.fr", "mauvais");
        assertTrue(signIn(guesser, "encore@exemple.fr", "mauvais").contains("Trop de tentatives de connexion"), "the guesser waits");

        var family = new WebClient(portal.portal().port()).forwardedFor("198.51.100.7");
        var home = signIn(family, "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertEquals(200, home.status());
        assertTrue(home.contains("Bonjour"), home.body());
        assertFalse(home.contains("Trop de tentatives"));

        // the journal names the real addresses, not the proxy's
        var addresses = portal.db().dsl().selectDistinct(AUDIT_EVENT.CLIENT_ADDRESS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.CLIENT_ADDRESS.isNotNull()).fetch(AUDIT_EVENT.CLIENT_ADDRESS);
        assertTrue(addresses.contains("203.0.113.9") && addresses.contains("198.51.100.7"), addresses.toString());
        assertTrue(portal.db().dsl().fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.KEY.eq("address:203.0.113.9")));
    }

    @Test
    void anAccountUnderAttackWaitsWhateverAddressTheGuessesComeFrom() {
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
        for (int i = 0; i < 6; i++) {
            signIn(new WebClient(portal.portal().port()).forwardedFor("203.0.113." + (10 + i)), "lan.nguyen@exemple.fr", "mauvais-" + i);
        }
        var fromElsewhere = signIn(new WebClient(portal.portal().port()).forwardedFor("198.51.100.99"), "lan.nguyen@exemple.fr", "mauvais");
        assertTrue(fromElsewhere.contains("Trop de tentatives de connexion"), fromElsewhere.body());
    }
}
