package fr.portailfamille.bootstrap;

import fr.portailfamille.persistence.ConnectionPool;
import fr.portailfamille.persistence.DatabaseUrl;
import fr.portailfamille.persistence.Db;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * The database every command works on: DATABASE_URL, else the embedded PostgreSQL in DATA_DIR (started here and
 * stopped by {@link #close}). Migrations are the caller's business (the server runs them in parallel with its wiring).
 */
record OpenDatabase(EmbeddedDatabase embedded, com.zaxxer.hikari.HikariDataSource pool, Db db) implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenDatabase.class.getName());

    static OpenDatabase open(PortalConfig config, int poolSize) throws IOException {
        return open(config, poolSize, false);
    }

    /** @param attach use the embedded PostgreSQL of a running portal rather than refuse to start a second one */
    static OpenDatabase open(PortalConfig config, int poolSize, boolean attach) throws IOException {
        EmbeddedDatabase embedded = null;
        DatabaseUrl url;
        if (config.databaseUrl().isPresent()) {
            url = DatabaseUrl.parse(config.databaseUrl().get());
        } else {
            embedded = attach ? EmbeddedDatabase.attachOrStart(config.dataDir()) : EmbeddedDatabase.start(config.dataDir());
            url = new DatabaseUrl(embedded.jdbcUrl(), null, null);
        }
        var pool = ConnectionPool.open(url, poolSize);
        return new OpenDatabase(embedded, pool, new Db(pool));
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
