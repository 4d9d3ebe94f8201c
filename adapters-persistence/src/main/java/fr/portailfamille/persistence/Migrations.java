package fr.portailfamille.persistence;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Applies the Flyway migrations shipped in this jar (the same ones jOOQ's classes are generated from). */
public final class Migrations {

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
