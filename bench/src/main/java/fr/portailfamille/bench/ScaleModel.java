package fr.portailfamille.bench;

/**
 * Bookings per second from what one booking costs, as measured: the CPU seconds of the portal, of PostgreSQL and of
 * the load generator, and {@code ceiling}, the rate at which the rush's five slot rows, locked by every booking from
 * its first statement to its commit (fsync included), let bookings through one after the other — what pgbench reaches
 * without using the cores up. Whichever runs out first sets the pace.
 * <ul>
 * <li>{@link #sharedCores}: everything on the same cores (this machine): min(cores / (portal + PostgreSQL + load),
 * ceiling), whatever the number of portal processes — a second process on the same cores adds no core.</li>
 * <li>{@link #dedicated}: N portal processes on M cores each, one PostgreSQL on its own K cores, the load generator
 * elsewhere: min(N·M / portal, K / PostgreSQL, ceiling).</li>
 * </ul>
 * The ceiling holds for parents who all want the same days, the rush; bookings spread over other days do not wait
 * for these locks.
 */
record ScaleModel(double portal, double postgres, double load, double ceiling) {

    ScaleModel {
        if (portal <= 0 || postgres <= 0 || load < 0 || ceiling <= 0) throw new IllegalArgumentException("costs must be positive: " + portal
                + ", " + postgres + ", " + load + ", " + ceiling);
    }

    double sharedCores(int cores) {
        return Math.min(cores / (portal + postgres + load), ceiling);
    }

    double dedicated(int portals, int coresEach, int databaseCores) {
        return Math.min(Math.min(portals * coresEach / portal, databaseCores / postgres), ceiling);
    }

    /** The number of portal processes of M cores from which something else than the portals' cores sets the pace. */
    int portalsToSaturate(int coresEach, int databaseCores) {
        return (int) Math.ceil(Math.min(databaseCores / postgres, ceiling) * portal / coresEach);
    }
}
