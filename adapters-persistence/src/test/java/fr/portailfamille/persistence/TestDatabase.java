package fr.portailfamille.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Public.PUBLIC;

/**
 * The one place database tests get PostgreSQL from, in this order:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (or {@code DATABASE_URL}) from the environment — its tables are emptied by the tests;</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>zonky embedded PostgreSQL 17 (no Docker needed).</li>
 * </ol>
 * The database is started and migrated once per JVM; {@link #fresh()} empties every table before a test.
 */
public final class TestDatabase {

    private static Db db;
    private static String origin;
    private static DatabaseUrl url;
    private static DataSource secondPool;

    private TestDatabase() {
    }

    /** The migrated database, with every table emptied. */
    public static synchronized Db fresh() {
        Db database = shared();
        String tables = PUBLIC.getTables().stream().map(t -> "\"" + t.getName() + "\"").collect(Collectors.joining(", "));
        database.dsl().execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
        database.reference().invalidate();
        return database;
    }

    /** The migrated database as other tests left it. */
    public static synchronized Db shared() {
        if (db == null) {
            url = locate();
            DataSource dataSource = ConnectionPool.open(url, 16);
            Migrations.migrate(dataSource);
            db = new Db(dataSource);
        }
        return db;
    }

    /** A second, small pool on the same database: what a second portal process would hold. */
    public static synchronized DataSource secondPool() {
        shared();
        if (secondPool == null) secondPool = ConnectionPool.open(url, 4);
        return secondPool;
    }

    /**
     * A new, empty database {@code name} on the same server (dropped first if a previous run left it), never
     * migrated: what a restore starts from.
     */
    public static synchronized DataSource emptyDatabase(String name) {
        if (!name.matches("[a-z_]+")) throw new IllegalArgumentException(name);
        shared();
        db.dsl().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        db.dsl().execute("CREATE DATABASE " + name);
        String other = url.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        return ConnectionPool.open(new DatabaseUrl(other, url.user(), url.password()), 4);
    }

    /** Where the database came from: «environment», «testcontainers» or «embedded». */
    public static synchronized String origin() {
        shared();
        return origin;
    }

    private static DatabaseUrl locate() {
        String fromEnv = System.getenv("TEST_DATABASE_URL");
        if (fromEnv == null || fromEnv.isBlank()) fromEnv = System.getenv("DATABASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            origin = "environment";
            return DatabaseUrl.parse(fromEnv);
        }
        if (dockerAnswers()) {
            var container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            origin = "testcontainers";
            return new DatabaseUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; zonky's own hook cleans up what is left
                }
            }));
            origin = "embedded";
            return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL for tests: set TEST_DATABASE_URL, or start Docker", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
