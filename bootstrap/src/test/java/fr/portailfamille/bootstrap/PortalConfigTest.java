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
}
