package fr.portailfamille.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.meta.postgres.PostgresDatabase;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * jOOQ's code generator reads a real PostgreSQL: this database starts an embedded one, applies the Flyway
 * migrations named by the {@code locations} property, and lets {@link PostgresDatabase} read the result.
 * jOOQ's DDLDatabase replays DDL on H2 and gets PostgreSQL wrong, and no Docker engine is needed this way.
 */
public class EmbeddedPgFlywayDatabase extends PostgresDatabase {

    private EmbeddedPostgres postgres;
    private Connection connection;

    @Override
    protected DSLContext create0() {
        if (connection == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                Flyway.configure()
                        .dataSource(postgres.getPostgresDatabase())
                        .locations(getProperties().getProperty("locations"))
                        .load()
                        .migrate();
                connection = postgres.getPostgresDatabase().getConnection();
                setConnection(connection);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Embedded PostgreSQL for jOOQ codegen failed to start", e);
            }
        }
        return DSL.using(connection, SQLDialect.POSTGRES);
    }

    @Override
    public void close() {
        try {
            if (connection != null) connection.close();
            if (postgres != null) postgres.close();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL for jOOQ codegen failed to stop", e);
        } finally {
            connection = null;
            postgres = null;
            super.close();
        }
    }
}
