package fr.portailfamille.bootstrap;

import io.helidon.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings from the environment (through Helidon Config, so system properties work too). Secrets never live in
 * files of the project. Absent DATABASE_URL ⇒ embedded PostgreSQL in DATA_DIR and demo mode.
 */
public record PortalConfig(Optional<String> databaseUrl, Path dataDir, int port, String publicBaseUrl, boolean demo,
                           int databasePoolSize, int maxConcurrentRequests) {

    static final int DEFAULT_POOL_SIZE = 16;

    /** Default pool, and four requests in flight per connection (see {@link fr.portailfamille.web.AdmissionLimit}). */
    public PortalConfig(Optional<String> databaseUrl, Path dataDir, int port, String publicBaseUrl, boolean demo) {
        this(databaseUrl, dataDir, port, publicBaseUrl, demo, DEFAULT_POOL_SIZE, 4 * DEFAULT_POOL_SIZE);
    }

    public static PortalConfig fromEnvironment() {
        return from(Config.create());
    }

    static PortalConfig from(Config config) {
        Optional<String> databaseUrl = text(config, "DATABASE_URL");
        int port = config.get("PORT").asInt().orElse(8080);
        Path dataDir = Path.of(text(config, "DATA_DIR").orElse("data")).toAbsolutePath();
        String baseUrl = text(config, "PUBLIC_BASE_URL").orElse("http://localhost:" + port);
        boolean demo = config.get("DEMO").asBoolean().orElse(databaseUrl.isEmpty());
        int poolSize = config.get("DATABASE_POOL_SIZE").asInt().orElse(DEFAULT_POOL_SIZE);
        int maxConcurrent = config.get("MAX_CONCURRENT_REQUESTS").asInt().orElse(4 * poolSize);
        if (poolSize < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("DATABASE_POOL_SIZE et MAX_CONCURRENT_REQUESTS doivent valoir au moins 1");
        }
        return new PortalConfig(databaseUrl, dataDir, port, baseUrl, demo, poolSize, maxConcurrent);
    }

    /** The variable's value, or empty when unset or blank. */
    static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().map(String::trim).filter(s -> !s.isEmpty());
    }

    public boolean secureCookies() {
        return publicBaseUrl.startsWith("https://");
    }
}
