package fr.portailfamille.bootstrap;

import io.helidon.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings from the environment (through Helidon Config, so system properties work too). Secrets never live in
 * files of the project. Absent DATABASE_URL ⇒ embedded PostgreSQL in DATA_DIR and demo mode.
 */
public record PortalConfig(Optional<String> databaseUrl, Path dataDir, int port, String publicBaseUrl, boolean demo) {

    public static PortalConfig fromEnvironment() {
        return from(Config.create());
    }

    static PortalConfig from(Config config) {
        Optional<String> databaseUrl = text(config, "DATABASE_URL");
        int port = config.get("PORT").asInt().orElse(8080);
        Path dataDir = Path.of(text(config, "DATA_DIR").orElse("data")).toAbsolutePath();
        String baseUrl = text(config, "PUBLIC_BASE_URL").orElse("http://localhost:" + port);
        boolean demo = config.get("DEMO").asBoolean().orElse(databaseUrl.isEmpty());
        return new PortalConfig(databaseUrl, dataDir, port, baseUrl, demo);
    }

    /** The variable's value, or empty when unset or blank. */
    static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().map(String::trim).filter(s -> !s.isEmpty());
    }

    public boolean secureCookies() {
        return publicBaseUrl.startsWith("https://");
    }
}
