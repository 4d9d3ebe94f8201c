package fr.portailfamille.persistence.town;

import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The version the admins' «État du portail» shows is the highest migration file, compared as a number. */
class JooqSchemaVersionTest {

    @Test
    void a_migrated_database_is_at_its_highest_migration_and_an_empty_one_at_none() throws Exception {
        int highest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
            highest = files.map(f -> version.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(Optional.of(String.valueOf(highest)), new JooqSchemaVersion(TestDatabase.shared()).current());
        var empty = TestDatabase.emptyDatabase("schema_version_empty");
        assertEquals(Optional.empty(), new JooqSchemaVersion(new Db(empty)).current());
    }
}
