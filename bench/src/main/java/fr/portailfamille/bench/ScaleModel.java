package fr.portailfamille.bench;

/**
 * Bookings per second from the CPU one booking costs, as measured (seconds per booking): the portal's, PostgreSQL's and
 * the load generator's. A booking needs its share of each; whichever cores run out first set the pace.
 * <ul>
 * <li>{@link #sharedCores}: everything on the same cores (this machine): cores / (portal + PostgreSQL + load), whatever
 * the number of portal processes — a second process on the same cores adds no core.</li>
 * <li>{@link #dedicated}: N portal processes on M cores each, one PostgreSQL on its own K cores, the load generator
 * elsewhere: min(N·M / portal, K / PostgreSQL).</li>
 * </ul>
 * Both ignore lock waits and fsync (time without CPU): the measured rate below the prediction says how much of those.
 */
record ScaleModel(double portal, double postgres, double load) {

    ScaleModel {
        if (portal <= 0 || postgres <= 0 || load < 0) throw new IllegalArgumentException("CPU per booking must be positive: " + this);
    }

    double sharedCores(int cores) {
        return cores / (portal + postgres + load);
    }

    double dedicated(int portals, int coresEach, int databaseCores) {
        return Math.min(portals * coresEach / portal, databaseCores / postgres);
    }

    /** The number of portal processes of M cores from which PostgreSQL's K cores set the pace. */
    int portalsToSaturate(int coresEach, int databaseCores) {
        return (int) Math.ceil(databaseCores / postgres * portal / coresEach);
    }
}
