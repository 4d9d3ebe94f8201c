package fr.portailfamille.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded PostgreSQL that keeps the demo's data in DATA_DIR: data survive a restart, durability is on, and the
 * leftovers of a killed portal (a running orphan postmaster, a stale postmaster.pid) do not prevent the next start.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    /** Everything started here is stopped after each test, whatever happened. */
    private final List<EmbeddedDatabase> opened = new ArrayList<>();
    private final List<Long> postmasters = new ArrayList<>();
    private final List<Process> helpers = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (EmbeddedDatabase db : opened.reversed()) {
            try {
                db.close();
            } catch (IOException | RuntimeException ignored) {
                // already stopped by the test
            }
        }
        for (long pid : postmasters) {
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                p.destroy();
                try {
                    p.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
        helpers.forEach(Process::destroyForcibly);
        for (long pid : postmasters) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "PostgreSQL " + pid + " still running");
        }
    }

    private EmbeddedDatabase start() throws IOException {
        var db = EmbeddedDatabase.start(dataDir);
        opened.add(db);
        postmasters.add(postmasterPid());
        return db;
    }

    private Path pgData() {
        return dataDir.resolve("postgres");
    }

    private Path pidFile() {
        return pgData().resolve("postmaster.pid");
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile()).getFirst().trim());
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl()); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedDatabase db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl());
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getString(1);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A process that existed and has ended: its pid is free (barring an immediate reuse). */
    private static long deadPid() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor(10, TimeUnit.SECONDS);
        long pid = done.pid();
        assertFalse(alive(pid));
        return pid;
    }

    /** A postmaster.pid as PostgreSQL writes it, claiming {@code pid}. */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(pidFile(), pid + "\n" + pgData() + "\n1700000000\n5432\n/tmp\nlocalhost\n  5432001         0\nready   \n");
    }

    @Test
    void dataSurviveARestartOnTheSameDirectory() throws Exception {
        var first = start();
        execute(first, "CREATE TABLE famille (nom text PRIMARY KEY)");
        execute(first, "INSERT INTO famille VALUES ('Dupont')");
        first.close();
        assertFalse(Files.exists(pidFile()), "a clean stop removes postmaster.pid");

        var second = start();
        assertEquals("Dupont", queryOne(second, "SELECT nom FROM famille"));
    }

    @Test
    void durabilityIsOn() throws Exception {
        var db = start();
        assertEquals("on", queryOne(db, "SHOW fsync"));
        assertEquals("on", queryOne(db, "SHOW synchronous_commit"));
        assertEquals("on", queryOne(db, "SHOW full_page_writes"));
    }

    @Test
    void anOrphanPostmasterOfAKilledRunIsStoppedAndTheNextStartIsClean() throws Exception {
        var killed = start();
        long orphan = postmasterPid();
        execute(killed, "CREATE TABLE famille (nom text PRIMARY KEY)");
        execute(killed, "INSERT INTO famille VALUES ('Martin')");
        // the JVM «dies» here: `killed` is never closed, its postmaster keeps running detached
        opened.remove(killed);
        assertTrue(alive(orphan));

        var restarted = start();
        long fresh = postmasterPid();

        assertFalse(alive(orphan), "the orphan postmaster " + orphan + " was not stopped");
        assertNotEquals(orphan, fresh);
        assertTrue(alive(fresh));
        assertEquals("Martin", queryOne(restarted, "SELECT nom FROM famille"), "committed data kept across the kill");
        assertEquals("on", queryOne(restarted, "SHOW fsync"));
    }

    @Test
    void aStalePidFileWhoseProcessIsGoneIsRemoved() throws Exception {
        Files.createDirectories(pgData());
        writePidFile(deadPid());

        EmbeddedDatabase.clearLeftovers(pgData());

        assertFalse(Files.exists(pidFile()));
    }

    @Test
    void theNextStartSucceedsOverAStalePidFile() throws Exception {
        start().close();
        writePidFile(deadPid());

        var db = start();

        assertNotEquals("", queryOne(db, "SELECT 1"));
    }

    @Test
    void aPidReusedByAnotherProgramIsNotKilledAndDoesNotBlockTheStart() throws Exception {
        start().close();
        // after a reboot the old pid may belong to anything: PostgreSQL itself would refuse to start
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        helpers.add(unrelated);
        writePidFile(unrelated.pid());

        var db = start();

        assertTrue(unrelated.isAlive(), "an unrelated process was killed");
        assertNotEquals(unrelated.pid(), postmasterPid());
        assertEquals("1", queryOne(db, "SELECT 1"));
    }

    @Test
    void anUnreadablePidFileIsRemoved() throws Exception {
        Files.createDirectories(pgData());
        Files.writeString(pidFile(), "pas un numéro\n");

        EmbeddedDatabase.clearLeftovers(pgData());

        assertFalse(Files.exists(pidFile()));
    }

    @Test
    void nothingToClearOnAFirstStart() throws Exception {
        EmbeddedDatabase.clearLeftovers(pgData());
        assertFalse(Files.exists(pgData()), "clearing leftovers creates nothing");
    }
}
