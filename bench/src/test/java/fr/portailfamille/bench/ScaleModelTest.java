package fr.portailfamille.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScaleModelTest {

    /** 2 ms of portal, 0.5 ms of PostgreSQL and 0.5 ms of load generator a booking. */
    final ScaleModel model = new ScaleModel(0.002, 0.0005, 0.0005);

    @Test
    void on_shared_cores_every_party_takes_its_share_whatever_the_number_of_processes() {
        assertEquals(2 / 0.003, model.sharedCores(2), 1e-6);
    }

    @Test
    void with_dedicated_machines_portals_scale_until_postgresql_runs_out() {
        assertEquals(1_000, model.dedicated(1, 2, 4), 1e-6); // 2 cores / 2 ms
        assertEquals(4_000, model.dedicated(4, 2, 4), 1e-6);
        assertEquals(8_000, model.dedicated(16, 2, 4), 1e-6); // 4 cores / 0.5 ms
        assertEquals(8, model.portalsToSaturate(2, 4)); // 8 × 1,000 = 4 cores / 0.5 ms
    }

    @Test
    void a_booking_costs_something() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleModel(0, 0.001, 0));
    }
}
