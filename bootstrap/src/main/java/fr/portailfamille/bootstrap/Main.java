package fr.portailfamille.bootstrap;

import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.domain.town.InstallationMode;
import fr.portailfamille.persistence.town.JooqInstallation;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.Migrations;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The {@code portail} command: without arguments, starts the portal (database given or embedded, migrations, the
 * demo seeded on a fresh demo database, web server, jobs); {@code init} puts a town into service; {@code backup FILE}
 * and {@code restore FILE} save and bring back everything the portal keeps.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    static final String USAGE = """
            Utilisation :
              ./portail                  démarre le portail (démonstration sur une base intégrée neuve)
              ./portail init [options]   met une commune en service : --town, --admin-name, --admin-email
                                         (et --town-email, --phone, --address) ; sans option, les questions sont posées
              ./portail backup FICHIER   sauvegarde la base (fichiers déposés compris) dans FICHIER
              ./portail restore FICHIER  restaure FICHIER dans une base vide""";

    /** A start that must not go on: the message says why, in one French paragraph. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        var arguments = List.of(args);
        String command = arguments.isEmpty() ? "" : arguments.getFirst();
        try {
            switch (command) {
                case "" -> serve();
                case "init" -> init(arguments.subList(1, arguments.size()));
                case "backup" -> backup(file(arguments));
                case "restore" -> restore(file(arguments));
                case "aide", "help", "--help", "-h" -> System.out.println(USAGE);
                default -> throw new Refusal("Commande inconnue : " + command + ".\n" + USAGE);
            }
        } catch (PortalConfig.Invalid | Refusal | TownInit.Refused | fr.portailfamille.persistence.backup.LogicalBackup.Refused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void serve() throws Exception {
        long started = System.nanoTime();
        var phases = new Phases(started);
        var asked = PortalConfig.fromEnvironment();
        // the portal's one clock: everything that asks «now» or «today» asks it (tests give theirs)
        var clock = Clock.systemUTC();
        phases.end("configuration");

        // one connection more than asked for: the reference cache keeps one for PostgreSQL's change notices (ReferenceCache)
        var database = OpenDatabase.open(asked, asked.databasePoolSize() + 1);
        if (database.isEmbedded()) phases.end("PostgreSQL intégré");
        var pool = database.pool();
        // Flyway (loading its classes, connecting, checking the schema history) and wiring the portal do not need each
        // other: the migrations run on their own thread meanwhile; the demo seed, the jobs and the server wait for them
        var migrations = new java.util.concurrent.atomic.AtomicLong();
        var migrated = java.util.concurrent.CompletableFuture.runAsync(() -> {
            long t0 = System.nanoTime();
            Migrations.migrate(pool);
            migrations.set((System.nanoTime() - t0) / 1_000_000);
        }, task -> Thread.ofPlatform().name("migrations").start(task));
        var db = database.db();

        var decision = StartMode.decide(markOf(db, migrated), database.isEmbedded(), asked.demoAsked());
        if (decision instanceof StartMode.Decision.Refused refused) {
            database.close();
            throw new Refusal(refused.message());
        }
        var run = (StartMode.Decision.Run) decision;
        var config = asked.inMode(run.mode());
        if (run.mode() == InstallationMode.TOWN && !config.townProblems().isEmpty()) {
            database.close();
            throw new PortalConfig.Invalid(config.townProblems());
        }
        MailTransport transport = mailTransport(config);

        DemoData.Logins logins = null;
        if (config.demo()) {
            migrated.join();
            phases.end("migrations");
            logins = DemoData.seedIfEmpty(db, config, clock);
            phases.end("démo");
        }
        var portal = Portal.start(config, db, transport, config.port(), migrated, clock);
        phases.end("portail et serveur web (migrations en parallèle : " + migrations.get() + " ms)");

        var backups = dailyBackups(config, database, clock);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (backups != null) backups.shutdownNow();
            portal.close();
            database.close();
            System.out.println("Portail Famille arrêté.");
        }, "shutdown"));

        System.out.printf("%nPortail Famille démarré en %d ms (JVM comprise : %d ms) : %s%n", (System.nanoTime() - started) / 1_000_000,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), config.publicBaseUrl());
        System.out.println("Démarrage : " + phases);
        System.out.println("Mode : " + (config.demo() ? "démonstration (données fictives)" : "commune"));
        System.out.println("Base de données : " + (database.isEmbedded() ? "PostgreSQL intégré dans " + config.dataDir() : "DATABASE_URL"));
        System.out.println("Courriels : " + (transport instanceof DevelopmentMailbox
                ? "boîte de démonstration " + config.publicBaseUrl() + "/dev/courriels (administrateurs connectés)" : "SMTP"));
        System.out.println("Santé détaillée et métriques : http://" + config.managementHost() + ":" + portal.managementPort() + "/health, /metrics");
        if (logins != null) logins.print(System.out);
        System.out.println("Ctrl-C pour arrêter.");
    }

    /** The embedded database backs itself up once a day (BACKUPS_KEPT files kept; 0 = none); null when it does not. */
    private static java.util.concurrent.ScheduledExecutorService dailyBackups(PortalConfig config, OpenDatabase database, Clock clock) {
        if (!database.isEmbedded() || config.backupsKept() == 0) return null;
        var daily = new DailyBackups(database.pool(), config.dataDir().resolve("backups"), config.backupsKept(), clock);
        var executor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("backups").daemon().factory());
        // checked every hour, taken once a day: a portal restarted often still gets one backup a day, not one per start
        executor.scheduleWithFixedDelay(() -> {
            try {
                daily.takeIfDue();
            } catch (Exception e) {
                LOG.log(java.util.logging.Level.WARNING, "Daily backup failed; it will be tried again in an hour", e);
            }
        }, 2, 60, java.util.concurrent.TimeUnit.MINUTES);
        return executor;
    }

    private static java.nio.file.Path file(List<String> arguments) {
        if (arguments.size() != 2) throw new Refusal("Indiquez un fichier, par exemple : ./portail " + arguments.getFirst() + " sauvegarde.zip");
        return java.nio.file.Path.of(arguments.get(1));
    }

    /** {@code portail backup FILE}: the running portal's database or a stopped one, the same way. */
    private static void backup(java.nio.file.Path file) throws Exception {
        var config = PortalConfig.fromEnvironment();
        try (var database = OpenDatabase.open(config, 2, true)) {
            var summary = DailyBackups.write(database.pool(), file);
            System.out.println("Sauvegarde écrite dans " + file.toAbsolutePath() + " : schéma " + summary.schemaVersion() + ", "
                    + summary.rows().size() + " tables, " + summary.totalRows() + " lignes (fichiers déposés compris).");
        }
    }

    /** {@code portail restore FILE}: into an empty database only; a backup of a newer portal is refused. */
    private static void restore(java.nio.file.Path file) throws Exception {
        if (!java.nio.file.Files.isRegularFile(file)) throw new Refusal("Fichier introuvable : " + file.toAbsolutePath());
        var config = PortalConfig.fromEnvironment();
        try (var database = OpenDatabase.open(config, 2, true); var in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            var summary = fr.portailfamille.persistence.backup.LogicalBackup.restore(in, database.pool());
            System.out.println("Sauvegarde restaurée (schéma " + summary.schemaVersion() + ", " + summary.totalRows() + " lignes) dans "
                    + (database.isEmbedded() ? "la base intégrée de " + config.dataDir() : "DATABASE_URL") + ". Démarrez le portail avec ./portail.");
        }
    }

    /**
     * The database's mark, read while the migrations run when the database already has it (the usual restart);
     * a database that does not have the table yet (new, or older than the mark) is read once migrated.
     */
    private static Optional<InstallationMode> markOf(Db db, java.util.concurrent.CompletableFuture<Void> migrated) {
        try {
            return new JooqInstallation(db).mode();
        } catch (org.jooq.exception.DataAccessException notYetMigrated) {
            migrated.join();
            return new JooqInstallation(db).mode();
        }
    }

    /**
     * Where mails go: the SMTP relay when SMTP_HOST is set; else, in a demo only, the development mailbox. A town's
     * portal without a relay would lose every activation and password mail: it does not start.
     */
    static MailTransport mailTransport(PortalConfig config) {
        var smtp = SmtpSettings.fromEnvironment(config.settings()::orNull);
        if (smtp.isPresent()) return new SmtpMailTransport(smtp.get());
        if (config.demo()) return new DevelopmentMailbox();
        throw new PortalConfig.Invalid(List.of(PortalConfig.SMTP_REQUIRED));
    }

    /** {@code portail init}: the town and its first admin, whose activation link is mailed and printed. */
    private static void init(List<String> args) throws Exception {
        var config = PortalConfig.fromEnvironment();
        try (var database = OpenDatabase.open(config, 2)) {
            Migrations.migrate(database.pool());
            var db = database.db();
            var installation = new JooqInstallation(db);
            if (installation.mode().isPresent()) throw new Refusal(alreadySetUp(installation.mode().get()));
            var reader = args.isEmpty() ? new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)) : null;
            if (reader != null) System.out.println("Mise en service du Portail Famille (Entrée pour passer une question facultative).");
            var command = TownInit.command(args, reader, System.out, config.publicBaseUrl());
            var result = TownSetUp.run(db, config, command, Clock.systemUTC());
            System.out.println(result);
        }
    }

    static String alreadySetUp(InstallationMode mode) {
        return mode == InstallationMode.DEMO
                ? "Cette base est celle d'une démonstration : une commune se met en service sur une base neuve (autre DATA_DIR ou DATABASE_URL)."
                : "Cette commune est déjà en service : rien n'a été changé. Ses réglages se modifient dans l'espace administrateur.";
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
