package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link SchemaVersion}, what the admins' «État du portail» shows: the version the migrations reached, as
 * the highest migration number (compared as a number: 53 after 9), and nothing on a store never migrated.
 */
public abstract class SchemaVersionContract {

    /** The version of a store the migrations brought up to date. */
    protected abstract SchemaVersion migrated();

    /** The version of a store no migration ever ran on. */
    protected abstract SchemaVersion neverMigrated();

    /** The number of the last migration the adapter ships. */
    protected abstract int lastMigration();

    @Test
    void a_migrated_store_is_at_its_last_migration() {
        assertTrue(lastMigration() > 9, "compared as numbers, not as text: " + lastMigration());
        assertEquals(Optional.of(String.valueOf(lastMigration())), migrated().current());
    }

    @Test
    void a_store_never_migrated_has_no_version() {
        assertEquals(Optional.empty(), neverMigrated().current());
    }
}
