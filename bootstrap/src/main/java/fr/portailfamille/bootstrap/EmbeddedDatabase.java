package fr.portailfamille.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * PostgreSQL 17 for the running portal when no DATABASE_URL is given: its files live in DATA_DIR, so the demo's
 * data survive a restart. zonky turns durability off by default (fine for tests, not for data people keep): it is
 * switched back on here. A portal killed with -9 leaves its postmaster running, or a stale postmaster.pid: both
 * are cleared before starting.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    /** Null when attached to the PostgreSQL of a running portal: that one is left running. */
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String jdbcUrl) {
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * For {@code backup} and {@code restore}, which must work whether the portal runs or not: the PostgreSQL already
     * running on DATA_DIR (its postmaster.pid names its port), else one started here and stopped by {@link #close}.
     */
    public static EmbeddedDatabase attachOrStart(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            var lines = Files.readAllLines(pidFile);
            try {
                long pid = Long.parseLong(lines.getFirst().trim());
                int port = Integer.parseInt(lines.get(3).trim());
                boolean running = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false)).isPresent();
                if (running) return new EmbeddedDatabase(null, "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
            } catch (RuntimeException unreadable) {
                // a stale or half-written pid file: start as usual, which clears it
            }
        }
        return start(dataDir);
    }

    public static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(dataDir);
        clearLeftovers(pgData);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) postgres.close();
    }

    /** Stops an orphaned postmaster of a killed run, or removes a pid file nobody owns any more. */
    static void clearLeftovers(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isPresent()) {
            LOG.warning("PostgreSQL (pid " + pid + ") was left running by a previous run: stopping it");
            process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (process.get().isAlive() && System.nanoTime() < deadline) {
                sleep();
            }
            if (process.get().isAlive()) process.get().destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
        // zonky's own lock file of the killed run
        Files.deleteIfExists(pgData.resolve("epg-lock"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
