package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.SchemaVersion;
import fr.portailfamille.persistence.Db;

import java.util.Optional;

/** The highest migration Flyway applied successfully, from its own history table. */
public final class JooqSchemaVersion implements SchemaVersion {

    private final Db db;

    public JooqSchemaVersion(Db db) {
        this.db = db;
    }

    @Override
    public Optional<String> current() {
        boolean migrated = db.dsl().fetchExists(db.dsl().select().from("pg_tables")
                .where("schemaname = current_schema() AND tablename = 'flyway_schema_history'"));
        if (!migrated) return Optional.empty();
        // versions compare as numbers: «53» comes after «9»
        return db.dsl().fetchOptional("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                        + "ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1")
                .map(r -> r.get(0, String.class));
    }
}
