package fr.portailfamille.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings read from a map (never from this machine's environment: {@code Config.just} adds no other source). */
class PortalConfigTest {

    private static PortalConfig config(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return PortalConfig.from(Config.just(ConfigSources.create(map)));
    }

    @Test
    void defaultsGiveADemoOnPort8080WithDataInTheWorkingDirectory() {
        var config = config();
        assertAll(
                () -> assertEquals(Optional.empty(), config.databaseUrl()),
                () -> assertEquals(8080, config.port()),
                () -> assertTrue(config.dataDir().isAbsolute(), config.dataDir().toString()),
                () -> assertEquals(Path.of("data").toAbsolutePath(), config.dataDir()),
                () -> assertEquals("http://localhost:8080", config.publicBaseUrl()),
                () -> assertTrue(config.demo(), "demo mode without DATABASE_URL"),
                () -> assertFalse(config.secureCookies()));
    }

    @Test
    void aDatabaseUrlMeansNoDemoByDefault() {
        var config = config("DATABASE_URL", "postgresql://portail:secret@db:5432/portail");
        assertEquals(Optional.of("postgresql://portail:secret@db:5432/portail"), config.databaseUrl());
        assertFalse(config.demo());
    }

    @Test
    void aBlankDatabaseUrlCountsAsAbsent() {
        var config = config("DATABASE_URL", "   ");
        assertEquals(Optional.empty(), config.databaseUrl());
        assertTrue(config.demo());
    }

    @Test
    void variablesAreHonoured() {
        var config = config("PORT", "9090", "DATA_DIR", "/var/lib/portail", "PUBLIC_BASE_URL", "http://famille.ville.example",
                "DEMO", "false");
        assertAll(
                () -> assertEquals(9090, config.port()),
                () -> assertEquals(Path.of("/var/lib/portail"), config.dataDir()),
                () -> assertEquals("http://famille.ville.example", config.publicBaseUrl()),
                () -> assertFalse(config.demo()));
    }

    @Test
    void theAdmissionLimitFollowsThePoolUnlessGiven() {
        assertAll(
                () -> assertEquals(16, config().databasePoolSize()),
                () -> assertEquals(64, config().maxConcurrentRequests()),
                () -> assertEquals(128, config("DATABASE_POOL_SIZE", "32").maxConcurrentRequests()),
                () -> assertEquals(10, config("DATABASE_POOL_SIZE", "32", "MAX_CONCURRENT_REQUESTS", "10").maxConcurrentRequests()),
                () -> org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> config("MAX_CONCURRENT_REQUESTS", "0")));
    }

    @Test
    void relativeDataDirIsMadeAbsolute() {
        var config = config("DATA_DIR", "donnees/portail");
        assertEquals(Path.of("donnees/portail").toAbsolutePath(), config.dataDir());
    }

    @Test
    void baseUrlFollowsThePortByDefault() {
        assertEquals("http://localhost:9090", config("PORT", "9090").publicBaseUrl());
    }

    @Test
    void demoCanBeForcedWithADatabaseUrl() {
        assertTrue(config("DATABASE_URL", "postgresql://db/portail", "DEMO", "true").demo());
    }

    @Test
    void secureCookiesBehindHttps() {
        assertTrue(config("PUBLIC_BASE_URL", "https://famille.ville.example").secureCookies());
        assertFalse(config("PUBLIC_BASE_URL", "http://famille.ville.example").secureCookies());
    }

    @Test
    void systemPropertiesAndTheEnvironmentGiveTheSameSettings() {
        var config = config("SMTP_HOST", "smtp.ville.example", "PAYFIP_MODE", "W", "PAYFIP_SIMULATOR_PORT", "9999");
        assertEquals(Optional.of("smtp.ville.example"), config.settings().get("SMTP_HOST"));
        assertEquals(Map.of("PAYFIP_MODE", "W"), config.settingsOf("PAYFIP_MODE", "PAYFIP_ENDPOINT"));
    }

    @Test
    void everyBadSettingIsListedInOneFrenchMessage() {
        var invalid = org.junit.jupiter.api.Assertions.assertThrows(PortalConfig.Invalid.class, () -> config(
                "PORT", "huit-mille", "DATABASE_POOL_SIZE", "0", "DEMO", "peut-être", "SMTP_PORT", "99999", "PAYFIP_MODE", "Z",
                "PUBLIC_BASE_URL", "famille.ville.example", "TRUSTED_PROXIES", "10.0.0.0/99", "MANAGEMENT_PORT", "-1",
                "DATABASE_URL", "mysql://db/portail", "PAYFIP_ENDPOINT", "pas une adresse", "BACKUPS_KEPT", "beaucoup"));
        assertEquals(11, invalid.problems().size(), invalid.getMessage());
        for (String variable : java.util.List.of("PORT", "DATABASE_POOL_SIZE", "DEMO", "SMTP_PORT", "PAYFIP_MODE", "PUBLIC_BASE_URL",
                "TRUSTED_PROXIES", "MANAGEMENT_PORT", "DATABASE_URL", "PAYFIP_ENDPOINT", "BACKUPS_KEPT")) {
            assertTrue(invalid.getMessage().contains(variable), variable + " in " + invalid.getMessage());
        }
        assertTrue(invalid.getMessage().startsWith("Réglages invalides, le portail ne démarre pas"), invalid.getMessage());
    }

    @Test
    void franceConnectAndApiParticulierSettingsAreCheckedOnlyWhenTurnedOn() {
        var invalid = org.junit.jupiter.api.Assertions.assertThrows(PortalConfig.Invalid.class, () -> config(
                "FRANCECONNECT_CLIENT_ID", "portail", "FRANCECONNECT_ACR", "eidas7", "API_PARTICULIER_TOKEN", "jeton",
                "API_PARTICULIER_TIMEOUT_SECONDS", "0", "FRANCECONNECT_SIMULATOR_PORT", "-2"));
        for (String variable : java.util.List.of("FRANCECONNECT_CLIENT_SECRET", "FRANCECONNECT_DISCOVERY_URL", "FRANCECONNECT_ACR",
                "API_PARTICULIER_TIMEOUT_SECONDS", "FRANCECONNECT_SIMULATOR_PORT")) {
            assertTrue(invalid.getMessage().contains(variable), variable + " in " + invalid.getMessage());
        }
        assertEquals(5, invalid.problems().size(), invalid.getMessage());
        // without a client id or a token, the other settings wait unused
        config("FRANCECONNECT_ACR", "eidas7", "API_PARTICULIER_TIMEOUT_SECONDS", "0");
    }

    @Test
    void aTownNeedsAMailRelayAndAnHttpsAddress() {
        var problems = config("DATABASE_URL", "postgres://db/portail", "PUBLIC_BASE_URL", "http://famille.ville.example").townProblems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("SMTP_HOST"), problems.get(0));
        assertTrue(problems.get(1).contains("https://"), problems.get(1));
        assertEquals(java.util.List.of(), config("SMTP_HOST", "smtp.ville.example", "PUBLIC_BASE_URL", "https://famille.ville.example")
                .townProblems());
        assertEquals(java.util.List.of(), config("SMTP_HOST", "localhost", "PORT", "8090").townProblems(), "a trial on this machine");
    }

    /** A town's activation and password mails are never marked sent into nowhere. */
    @Test
    void outsideTheDemoNoMailIsDropped() {
        var town = config("PUBLIC_BASE_URL", "https://famille.ville.example").inMode(fr.portailfamille.domain.town.InstallationMode.TOWN);
        org.junit.jupiter.api.Assertions.assertThrows(PortalConfig.Invalid.class, () -> Main.mailTransport(town));
        var withRelay = config("SMTP_HOST", "smtp.ville.example").inMode(fr.portailfamille.domain.town.InstallationMode.TOWN);
        assertTrue(Main.mailTransport(withRelay) instanceof fr.portailfamille.mail.SmtpMailTransport);
        var demo = config().inMode(fr.portailfamille.domain.town.InstallationMode.DEMO);
        assertTrue(Main.mailTransport(demo) instanceof fr.portailfamille.mail.DevelopmentMailbox);
    }

    @Test
    void managementListensOnTheLoopbackNextToThePortByDefault() {
        assertEquals("127.0.0.1", config().managementHost());
        assertEquals(8081, config().managementPort());
        assertEquals(9100, config("MANAGEMENT_PORT", "9100").managementPort());
    }
}
