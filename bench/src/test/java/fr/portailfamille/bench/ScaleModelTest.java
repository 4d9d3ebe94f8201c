package fr.portailfamille.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScaleModelTest {

    /** 2 ms of portal, 0.5 ms of PostgreSQL and 0.5 ms of load generator a booking; the hot slots' locks let 6,000 a second through. */
    final ScaleModel model = new ScaleModel(0.002, 0.0005, 0.0005, 6_000);

    @Test
    void on_shared_cores_every_party_takes_its_share_whatever_the_number_of_processes() {
        assertEquals(2 / 0.003, model.sharedCores(2), 1e-6);
        assertEquals(6_000, model.sharedCores(64), 1e-6, "many cores: the locks set the pace");
    }

    @Test
    void with_dedicated_machines_portals_scale_until_postgresql_or_the_locks_run_out() {
        assertEquals(1_000, model.dedicated(1, 2, 4), 1e-6); // 2 cores / 2 ms
        assertEquals(4_000, model.dedicated(4, 2, 4), 1e-6);
        assertEquals(6_000, model.dedicated(16, 2, 4), 1e-6); // 4 cores / 0.5 ms = 8,000, but the locks: 6,000
        assertEquals(4_000, model.dedicated(16, 2, 2), 1e-6); // 2 cores / 0.5 ms
        assertEquals(6, model.portalsToSaturate(2, 4)); // 6 × 1,000 = the locks' 6,000
        assertEquals(4, model.portalsToSaturate(2, 2)); // 4 × 1,000 = PostgreSQL's 4,000
    }

    @Test
    void a_booking_costs_something() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleModel(0, 0.001, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScaleModel(0.001, 0.001, 0, 0));
    }
}
