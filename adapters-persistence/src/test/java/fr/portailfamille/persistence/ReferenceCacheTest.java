package fr.portailfamille.persistence;

import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.town.JooqTownRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference data kept in memory never shows a stale value for long: a change through the adapters is seen at
 * once, a change made elsewhere (by hand, by a second portal process) as soon as PostgreSQL's notification arrives,
 * a transaction sees its own changes, and a rolled-back change is never seen.
 */
class ReferenceCacheTest {

    static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), java.time.ZoneOffset.UTC);

    Db db;
    /** A second portal process: its own pool and its own cache on the same database. */
    Db other;

    @BeforeEach
    void listen() {
        db = TestDatabase.fresh();
        other = new Db(TestDatabase.secondPool());
        new JooqTownRepository(db, CLOCK).save(town("Beaulieu-sur-Orge"));
        db.reference().listen();
        other.reference().listen();
        waitFor(() -> db.reference().active() && other.reference().active());
    }

    @AfterEach
    void stop() {
        db.reference().close();
        other.reference().close();
    }

    @Test
    void a_value_is_read_once_then_kept() {
        var counting = new int[1];
        Supplier<String> load = () -> {
            counting[0]++;
            return "valeur";
        };
        assertEquals("valeur", db.reference().get("clé", load));
        assertEquals("valeur", db.reference().get("clé", load));
        assertEquals(1, counting[0]);
    }

    @Test
    void a_change_through_the_adapter_is_seen_at_once_here_and_soon_in_the_other_process() {
        var here = new JooqTownRepository(db, CLOCK);
        var there = new JooqTownRepository(other, CLOCK);
        assertEquals("Beaulieu-sur-Orge", here.find().orElseThrow().name());
        assertEquals("Beaulieu-sur-Orge", there.find().orElseThrow().name());

        here.save(town("Saint-Germain"));

        assertEquals("Saint-Germain", here.find().orElseThrow().name());
        waitFor(() -> there.find().orElseThrow().name().equals("Saint-Germain"));
    }

    @Test
    void a_change_by_hand_in_sql_is_seen_when_postgresql_notifies() {
        var towns = new JooqTownRepository(db, CLOCK);
        assertEquals("Beaulieu-sur-Orge", towns.find().orElseThrow().name());
        other.dsl().update(TOWN_SETTINGS).set(TOWN_SETTINGS.NAME, "Ville modifiée à la main").execute();
        waitFor(() -> towns.find().orElseThrow().name().equals("Ville modifiée à la main"));
    }

    @Test
    void a_transaction_reads_its_own_change_and_a_rolled_back_change_is_never_kept() {
        var towns = new JooqTownRepository(db, CLOCK);
        assertEquals("Beaulieu-sur-Orge", towns.find().orElseThrow().name());
        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            towns.save(town("Annulée"));
            assertEquals("Annulée", towns.find().orElseThrow().name());
            throw new IllegalStateException("rollback");
        }));
        assertEquals("Beaulieu-sur-Orge", towns.find().orElseThrow().name());
        assertEquals("Beaulieu-sur-Orge", new JooqTownRepository(other, CLOCK).find().orElseThrow().name());
    }

    @Test
    void without_its_listening_connection_nothing_is_kept() {
        db.reference().close();
        waitFor(() -> !db.reference().active());
        var counting = new int[1];
        db.reference().get("clé", () -> ++counting[0]);
        db.reference().get("clé", () -> ++counting[0]);
        assertEquals(2, counting[0]);
        assertFalse(db.reference().active());
    }

    /**
     * The notice lands after the value was read from the database and checked, just before it is kept (the window where
     * a stale value used to stay cached until the next change, possibly months): the loader's thread is held there by a
     * latch until PostgreSQL's notification of a change made by hand has reached this process.
     */
    @Test
    void a_notice_arriving_between_the_load_and_the_keeping_leaves_no_stale_value() throws Exception {
        var towns = new JooqTownRepository(db, CLOCK);
        var loaded = new CountDownLatch(1);
        var noticed = new CountDownLatch(1);
        db.reference().beforeKeeping = () -> {
            loaded.countDown();
            await(noticed);
        };
        var stale = Executors.newSingleThreadExecutor().submit(() -> towns.find().orElseThrow().name());
        await(loaded);
        db.reference().beforeKeeping = () -> { };
        long generation = db.reference().generation();
        other.dsl().update(TOWN_SETTINGS).set(TOWN_SETTINGS.NAME, "Ville modifiée à la main").execute();
        waitFor(() -> db.reference().generation() > generation);
        noticed.countDown();

        assertEquals("Beaulieu-sur-Orge", stale.get(10, TimeUnit.SECONDS), "read before the change");
        assertEquals("Ville modifiée à la main", towns.find().orElseThrow().name());
        assertEquals("Ville modifiée à la main", towns.find().orElseThrow().name());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "latch not released within 10 s");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Town town(String name) {
        return new Town(name, "/static/logo-ville.svg", "enfance@ville.example", "01 23 45 67 89", "1 place de la Mairie", "https://portail.example", 72);
    }

    private static void waitFor(Supplier<Boolean> condition) {
        long limit = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() - limit < 0, "not within 10 s");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
