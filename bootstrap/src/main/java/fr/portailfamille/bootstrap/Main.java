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
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Starts the portal: database (given or embedded), migrations, demo data in demo mode, web server, jobs. */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        var config = PortalConfig.fromEnvironment();
        long started = System.nanoTime();

        EmbeddedDatabase embedded = null;
        DatabaseUrl url;
        if (config.databaseUrl().isPresent()) {
            url = DatabaseUrl.parse(config.databaseUrl().get());
        } else {
            embedded = EmbeddedDatabase.start(config.dataDir());
            url = new DatabaseUrl(embedded.jdbcUrl(), null, null);
        }
        var pool = ConnectionPool.open(url, config.databasePoolSize());
        Migrations.migrate(pool);
        var db = new Db(pool);

        MailTransport transport = SmtpSettings.fromEnvironment(System::getenv)
                .<MailTransport>map(SmtpMailTransport::new)
                .orElseGet(DevelopmentMailbox::new);

        DemoData.Logins logins = config.demo() ? DemoData.seedIfEmpty(db, config) : null;
        var portal = Portal.start(config, db, transport, config.port());

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

        System.out.printf("%nPortail Famille démarré en %d ms : %s%n", (System.nanoTime() - started) / 1_000_000, config.publicBaseUrl());
        System.out.println("Base de données : " + (embedded != null ? "PostgreSQL intégré dans " + config.dataDir() : "DATABASE_URL"));
        System.out.println("Courriels : " + (transport instanceof DevelopmentMailbox
                ? "boîte de démonstration " + config.publicBaseUrl() + "/dev/courriels" : "SMTP"));
        if (logins != null) logins.print(System.out);
        System.out.println("Ctrl-C pour arrêter.");
    }

    private static void configureLogging() throws IOException {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (InputStream in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        }
    }
}
