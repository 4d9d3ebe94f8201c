package fr.portailfamille.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Optional;

/** Applies the Flyway migrations shipped in this jar (the same ones jOOQ's classes are generated from). */
public final class Migrations {

    private static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
    }

    /** Migrates up to {@code version} exactly (a backup is restored into the schema it was taken from). */
    public static void migrateTo(DataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    /** The schema version of the database, empty when it was never migrated. */
    public static Optional<String> current(DataSource dataSource) {
        var current = Flyway.configure().dataSource(dataSource).locations(LOCATION).load().info().current();
        return Optional.ofNullable(current).map(info -> info.getVersion().getVersion());
    }

    /** The newest schema version this portal knows. */
    public static String latest(DataSource dataSource) {
        return Arrays.stream(Flyway.configure().dataSource(dataSource).locations(LOCATION).load().info().all())
                .map(info -> info.getVersion()).max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    /** Whether {@code version} is newer than {@code than} (Flyway's ordering: 10 after 9). */
    public static boolean newer(String version, String than) {
        return MigrationVersion.fromVersion(version).isNewerThan(MigrationVersion.fromVersion(than).getVersion());
    }
}
