package fr.portailfamille.bootstrap;

import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real portal for end-to-end tests: the test database emptied, the demo town seeded, the web server on a free
 * port with the development mailbox. Close it after the test.
 */
public record TestPortal(Portal portal, Db db, PortalConfig config) implements AutoCloseable {

    public static TestPortal start(Path dataDir) {
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true);
        Db db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, config);
        return new TestPortal(Portal.start(config, db, new DevelopmentMailbox(), 0), db, config);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + portal.port() + path);
    }

    @Override
    public void close() {
        portal.close();
    }
}
