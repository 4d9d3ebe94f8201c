package fr.portailfamille.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuTest {

    /** A real /proc/<pid>/stat line, its command name with a space and a parenthesis: utime 1200, stime 300, cutime 50, cstime 7. */
    static final String STAT = "4242 (postgres: (x) y) S 1 4242 4242 0 -1 4194560 9144 0 0 0 1200 300 50 7 20 0 1 0 5093 221609984 6000 "
            + "18446744073709551615 1 1 0 0 0 0 4194304 19935367 1266 0 0 0 17 1 0 0 0 0 0";

    @Test
    void user_and_system_ticks_are_fields_14_and_15_counted_after_the_command_name() {
        assertEquals(1500, Cpu.ticks(STAT, false));
        assertEquals(1557, Cpu.ticks(STAT, true));
    }

    @Test
    void this_process_has_spent_some_cpu_and_a_gone_one_none() {
        assertTrue(Cpu.ticks(ProcessHandle.current().pid(), false) > 0);
        assertEquals(0, Cpu.ticks(Long.MAX_VALUE, false));
    }

    @Test
    void a_phase_is_the_difference_of_two_readings() {
        var spent = new Cpu.Times(5, 7, 2).minus(new Cpu.Times(1, 2, 1.5));
        assertEquals(new Cpu.Times(4, 5, 0.5), spent);
        assertEquals(9.5, spent.total(), 1e-9);
    }
}
