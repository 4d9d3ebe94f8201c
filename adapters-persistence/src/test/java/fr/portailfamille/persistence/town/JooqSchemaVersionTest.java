package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.SchemaVersion;
import fr.portailfamille.application.town.SchemaVersionContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schema version on PostgreSQL: the highest Flyway migration of this module's files. */
class JooqSchemaVersionTest extends SchemaVersionContract {

    @Override
    protected SchemaVersion migrated() {
        return new JooqSchemaVersion(TestDatabase.shared());
    }

    @Override
    protected SchemaVersion neverMigrated() {
        return new JooqSchemaVersion(new Db(TestDatabase.emptyDatabase("schema_version_empty")));
    }

    @Override
    protected int lastMigration() {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> version.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
