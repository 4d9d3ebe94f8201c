package fr.portailfamille.bootstrap;

import io.helidon.config.Config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the portal, from the environment and {@code -D} system properties alike (through Helidon Config).
 * Secrets never live in files of the project. A malformed value is never guessed around: {@link #from} lists every
 * problem in one French message ({@link Invalid}); what a town's portal needs on top is in {@link #townProblems()}.
 *
 * @param demo     the mode this process runs in: asked by {@code DEMO} (default without DATABASE_URL), then settled by
 *                 the database's own mark ({@link #inMode})
 * @param settings every variable, for the adapters' settings (SMTP, PayFiP) and the operations settings
 */
public record PortalConfig(Optional<String> databaseUrl, Path dataDir, int port, String publicBaseUrl, boolean demo,
                           int databasePoolSize, int maxConcurrentRequests, Settings settings) {

    static final String SMTP_REQUIRED = "SMTP_HOST est obligatoire : sans serveur de courriel, les liens d'activation et de mot de passe ne partiraient pas.";

    public static final int DEFAULT_POOL_SIZE = 16;

    /** The variables as they were given, blank ones counting as absent. */
    @FunctionalInterface
    public interface Settings {
        Optional<String> get(String key);

        Settings NONE = key -> Optional.empty();

        static Settings of(Map<String, String> values) {
            return key -> Optional.ofNullable(values.get(key)).map(String::trim).filter(s -> !s.isEmpty());
        }

        /** A raw value, or null: the shape the mail and payment adapters read their settings in. */
        default String orNull(String key) {
            return get(key).orElse(null);
        }
    }

    /** Settings that cannot be used: every problem, each in one French sentence. */
    public static final class Invalid extends IllegalArgumentException {
        private final List<String> problems;

        public Invalid(List<String> problems) {
            super("Réglages invalides, le portail ne démarre pas :\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Default pool, and four requests in flight per connection (see {@link fr.portailfamille.web.AdmissionLimit}). */
    public PortalConfig(Optional<String> databaseUrl, Path dataDir, int port, String publicBaseUrl, boolean demo) {
        this(databaseUrl, dataDir, port, publicBaseUrl, demo, DEFAULT_POOL_SIZE, 4 * DEFAULT_POOL_SIZE, Settings.NONE);
    }

    public static PortalConfig fromEnvironment() {
        return from(Config.create());
    }

    static PortalConfig from(Config config) {
        Settings settings = key -> text(config, key);
        var problems = new ArrayList<String>();
        Optional<String> databaseUrl = settings.get("DATABASE_URL");
        if (databaseUrl.isPresent() && !databaseUrl.get().matches("(jdbc:postgresql|postgres|postgresql)://.+")) {
            problems.add("DATABASE_URL doit commencer par jdbc:postgresql:// ou postgres://.");
        }
        int port = number(settings, "PORT", 8080, 0, 65_535, problems);
        Path dataDir = Path.of(settings.get("DATA_DIR").orElse("data")).toAbsolutePath();
        String baseUrl = settings.get("PUBLIC_BASE_URL").orElse("http://localhost:" + port);
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            problems.add("PUBLIC_BASE_URL doit être une adresse web complète, par exemple https://famille.ma-commune.fr, pas « " + baseUrl + " ».");
        }
        boolean demo = flag(settings, "DEMO", databaseUrl.isEmpty(), problems);
        int poolSize = number(settings, "DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 1_000, problems);
        int maxConcurrent = number(settings, "MAX_CONCURRENT_REQUESTS", 4 * poolSize, 1, 100_000, problems);
        number(settings, "MANAGEMENT_PORT", 0, 0, 65_535, problems);
        number(settings, "BACKUPS_KEPT", 7, 0, 10_000, problems);
        number(settings, "SMTP_PORT", 587, 1, 65_535, problems);
        flag(settings, "SMTP_STARTTLS", true, problems);
        number(settings, "PAYFIP_TIMEOUT_SECONDS", 15, 1, 600, problems);
        number(settings, "PAYFIP_SIMULATOR_PORT", 0, 0, 65_535, problems);
        settings.get("PAYFIP_MODE").filter(mode -> !mode.toUpperCase(Locale.ROOT).matches("[TXW]"))
                .ifPresent(mode -> problems.add("PAYFIP_MODE vaut T (test), X (activation) ou W (production), pas « " + mode + " »."));
        for (String url : List.of("PAYFIP_ENDPOINT", "PAYFIP_PAGE_URL")) {
            settings.get(url).filter(value -> !value.matches("https?://\\S+"))
                    .ifPresent(value -> problems.add(url + " doit être une adresse complète (https://…), pas « " + value + " »."));
        }
        number(settings, "FRANCECONNECT_SIMULATOR_PORT", 0, 0, 65_535, problems);
        problems.addAll(fr.portailfamille.franceconnect.FranceConnectSettings.problems(settings::get));
        number(settings, "API_PARTICULIER_SIMULATOR_PORT", 0, 0, 65_535, problems);
        problems.addAll(fr.portailfamille.apiparticulier.ApiParticulierSettings.problems(settings::get));
        settings.get("TRUSTED_PROXIES").ifPresent(list -> problems.addAll(fr.portailfamille.web.TrustedProxies.problems(list)));
        if (!problems.isEmpty()) throw new Invalid(problems);
        return new PortalConfig(databaseUrl, dataDir, port, baseUrl, demo, poolSize, maxConcurrent, settings);
    }

    /**
     * What a town's portal needs besides valid values: a mail relay (no activation or password mail may be lost), an
     * https address (its cookies are Secure, its links are mailed).
     */
    public List<String> townProblems() {
        var problems = new ArrayList<String>();
        if (settings.get("SMTP_HOST").isEmpty()) {
            problems.add(SMTP_REQUIRED);
        }
        if (!secureCookies() && !publicBaseUrl.matches("http://(localhost|127\\.0\\.0\\.1)(:\\d+)?(/.*)?")) {
            problems.add("PUBLIC_BASE_URL doit commencer par https:// (adresse publique du portail derrière son proxy TLS ; http://localhost seulement pour un essai sur cette machine), pas « "
                    + publicBaseUrl + " ».");
        }
        return problems;
    }

    /** The same settings, running as a demo or as a town's portal, as the database says. */
    public PortalConfig inMode(fr.portailfamille.domain.town.InstallationMode mode) {
        return new PortalConfig(databaseUrl, dataDir, port, publicBaseUrl, mode == fr.portailfamille.domain.town.InstallationMode.DEMO,
                databasePoolSize, maxConcurrentRequests, settings);
    }

    /** DEMO given explicitly (true or false), empty when left to the default. */
    public Optional<Boolean> demoAsked() {
        return settings.get("DEMO").map(value -> flag(settings, "DEMO", false, new ArrayList<>()));
    }

    /** The management socket (health details, metrics): MANAGEMENT_PORT, else the next port after PORT (0 for 0). */
    public int managementPort() {
        return settings.get("MANAGEMENT_PORT").map(Integer::parseInt).orElse(port == 0 ? 0 : port + 1);
    }

    /** Where the management socket listens: MANAGEMENT_HOST, 127.0.0.1 by default (never the public interface unasked). */
    public String managementHost() {
        return settings.get("MANAGEMENT_HOST").orElse("127.0.0.1");
    }

    /** How many daily backups of the embedded database are kept in DATA_DIR/backups (BACKUPS_KEPT, 0 = none taken). */
    public int backupsKept() {
        return settings.get("BACKUPS_KEPT").map(Integer::parseInt).orElse(7);
    }

    /** The given variables among {@code keys}, for an adapter that reads its settings from a map. */
    public Map<String, String> settingsOf(String... keys) {
        var values = new java.util.HashMap<String, String>();
        for (String key : keys) settings.get(key).ifPresent(value -> values.put(key, value));
        return values;
    }

    /** The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); none by default. */
    public fr.portailfamille.web.TrustedProxies trustedProxies() {
        return settings.get("TRUSTED_PROXIES").map(fr.portailfamille.web.TrustedProxies::parse).orElse(fr.portailfamille.web.TrustedProxies.NONE);
    }

    /** The variable's value, or empty when unset or blank. */
    static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().map(String::trim).filter(s -> !s.isEmpty());
    }

    public boolean secureCookies() {
        return publicBaseUrl.startsWith("https://");
    }

    private static int number(Settings settings, String key, int fallback, int min, int max, List<String> problems) {
        var value = settings.get(key);
        if (value.isEmpty()) return fallback;
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " doit être un nombre entier entre " + min + " et " + max + ", pas « " + value.get() + " ».");
        return fallback;
    }

    private static boolean flag(Settings settings, String key, boolean fallback, List<String> problems) {
        var value = settings.get(key);
        if (value.isEmpty()) return fallback;
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "oui", "1", "on" -> true;
            case "false", "no", "non", "0", "off" -> false;
            default -> {
                problems.add(key + " vaut true ou false, pas « " + value.get() + " ».");
                yield fallback;
            }
        };
    }
}
