package fr.portailfamille.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @Test
    void migrations_apply_and_running_them_again_changes_nothing() {
        Db db = TestDatabase.shared();
        int applied = db.dsl().fetchCount(db.dsl().select().from("flyway_schema_history").where("success"));
        Migrations.migrate(db.dataSource());
        assertEquals(applied, db.dsl().fetchCount(db.dsl().select().from("flyway_schema_history").where("success")));
        assertTrue(applied >= 1);
        assertTrue(db.isReachable());
    }

    @Test
    void the_schema_rejects_an_invalid_town_even_without_the_domain() {
        Db db = TestDatabase.fresh();
        var error = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> db.dsl().execute(
                "INSERT INTO town_settings (name, services_email, phone, postal_address, public_base_url, activation_validity_hours) "
                        + "VALUES (' ', 'a@b.fr', '01', 'adr', 'http://x', 168)"));
        assertTrue(error.getMessage().contains("check"), error.getMessage());
    }

    @Test
    void database_urls_in_both_usual_shapes_are_understood() {
        var url = DatabaseUrl.parse("postgres://portail:s%40cret@db.exemple.fr/famille?sslmode=require");
        assertEquals("jdbc:postgresql://db.exemple.fr:5432/famille?sslmode=require", url.jdbcUrl());
        assertEquals("portail", url.user());
        assertEquals("s@cret", url.password());
        assertEquals("jdbc:postgresql://h:5433/d", DatabaseUrl.parse("jdbc:postgresql://h:5433/d").jdbcUrl());
    }
}
