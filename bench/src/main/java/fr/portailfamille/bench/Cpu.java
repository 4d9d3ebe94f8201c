package fr.portailfamille.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of the portal processes, of PostgreSQL (the postmaster, its live backends and the ones that ended) and of
 * the load generator (this JVM, where Gatling runs, and its ended children such as pgbench), read from {@code /proc}:
 * where a phase's CPU went.
 */
final class Cpu {

    /** CPU seconds (user + system) of each party. */
    record Times(double portal, double postgres, double load) {
        Times minus(Times before) {
            return new Times(portal - before.portal, postgres - before.postgres, load - before.load);
        }

        double total() {
            return portal + postgres + load;
        }
    }

    /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on Linux (USER_HZ). */
    static final double TICKS = 100.0;

    private final long postmaster;
    private final List<Long> portals;

    Cpu(long postmaster, List<Long> portals) {
        this.postmaster = postmaster;
        this.portals = List.copyOf(portals);
    }

    /** The postmaster's pid, first line of its pid file. */
    static long postmasterOf(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
    }

    Times now() {
        double portal = portals.stream().mapToDouble(pid -> ticks(pid, false)).sum();
        // backends that ended are in the postmaster's cutime/cstime; live ones are read one by one
        double postgres = ticks(postmaster, true) + ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)
                .mapToDouble(child -> ticks(child.pid(), false)).sum();
        double load = ticks(ProcessHandle.current().pid(), true);
        return new Times(portal / TICKS, postgres / TICKS, load / TICKS);
    }

    /** utime + stime (+ cutime + cstime of waited-for children), in ticks; 0 for a process that is gone. */
    static double ticks(long pid, boolean withEndedChildren) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withEndedChildren);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Fields 14–17 of proc(5)'s stat line; the command name (field 2) may hold spaces, so fields count after its ')'. */
    static double ticks(String statLine, boolean withEndedChildren) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): utime is field 14 → f[11]
        double own = Double.parseDouble(f[11]) + Double.parseDouble(f[12]);
        return withEndedChildren ? own + Double.parseDouble(f[13]) + Double.parseDouble(f[14]) : own;
    }
}
