package fr.portailfamille.bootstrap;

import fr.portailfamille.application.mail.MailTransport;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.ConnectionPool;
import fr.portailfamille.persistence.DatabaseUrl;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.Migrations;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Starts the portal: database (given or embedded), migrations, demo data in demo mode, web server, jobs. */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        var phases = new Phases(started);
        configureLogging();
        var config = PortalConfig.fromEnvironment();
        // the portal's one clock: everything that asks «now» or «today» asks it (tests give theirs)
        var clock = Clock.systemUTC();
        phases.end("configuration");

        EmbeddedDatabase embedded = null;
        DatabaseUrl url;
        if (config.databaseUrl().isPresent()) {
            url = DatabaseUrl.parse(config.databaseUrl().get());
        } else {
            embedded = EmbeddedDatabase.start(config.dataDir());
            url = new DatabaseUrl(embedded.jdbcUrl(), null, null);
        }
        if (embedded != null) phases.end("PostgreSQL intégré");
        // one connection more than asked for: the reference cache keeps one for PostgreSQL's change notices (ReferenceCache)
        var pool = ConnectionPool.open(url, config.databasePoolSize() + 1);
        // Flyway (loading its classes, connecting, checking the schema history) and wiring the portal do not need each
        // other: the migrations run on their own thread meanwhile; the demo seed, the jobs and the server wait for them
        var migrations = new java.util.concurrent.atomic.AtomicLong();
        var migrated = java.util.concurrent.CompletableFuture.runAsync(() -> {
            long t0 = System.nanoTime();
            Migrations.migrate(pool);
            migrations.set((System.nanoTime() - t0) / 1_000_000);
        }, task -> Thread.ofPlatform().name("migrations").start(task));
        var db = new Db(pool);

        MailTransport transport = SmtpSettings.fromEnvironment(System::getenv)
                .<MailTransport>map(SmtpMailTransport::new)
                .orElseGet(DevelopmentMailbox::new);

        DemoData.Logins logins = null;
        if (config.demo()) {
            migrated.join();
            phases.end("migrations");
            logins = DemoData.seedIfEmpty(db, config, clock);
            phases.end("démo");
        }
        var portal = Portal.start(config, db, transport, config.port(), migrated, clock);
        phases.end("portail et serveur web (migrations en parallèle : " + migrations.get() + " ms)");

        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            pool.close();
            if (database != null) {
                try {
                    database.close();
                } catch (IOException e) {
                    LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }
            System.out.println("Portail Famille arrêté.");
        }, "shutdown"));

        System.out.printf("%nPortail Famille démarré en %d ms (JVM comprise : %d ms) : %s%n", (System.nanoTime() - started) / 1_000_000,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), config.publicBaseUrl());
        System.out.println("Démarrage : " + phases);
        System.out.println("Base de données : " + (embedded != null ? "PostgreSQL intégré dans " + config.dataDir() : "DATABASE_URL"));
        System.out.println("Courriels : " + (transport instanceof DevelopmentMailbox
                ? "boîte de démonstration " + config.publicBaseUrl() + "/dev/courriels" : "SMTP"));
        if (logins != null) logins.print(System.out);
        System.out.println("Ctrl-C pour arrêter.");
    }

    /** Where the start-up time goes, printed once started (the operators' first question when it is slow). */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last;

        Phases(long started) {
            this.last = started;
            text.append("JVM ").append(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                    - (System.nanoTime() - started) / 1_000_000).append(" ms");
        }

        void end(String phase) {
            long now = System.nanoTime();
            text.append(", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static void configureLogging() throws IOException {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (InputStream in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        }
    }
}
