package fr.portailfamille.bootstrap;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.backup.LogicalBackup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A populated portal backed up, restored into an empty database: the same rows, the same files, the portal starts on it. */
class BackupRestoreTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Per table: its row count and a checksum of its whole content. */
    static Map<String, String> fingerprint(DataSource dataSource) throws Exception {
        var tables = new ArrayList<String>();
        var result = new TreeMap<String, String>();
        try (var connection = dataSource.getConnection()) {
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (var rs = connection.createStatement().executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM public.\""
                        + table + "\" t")) {
                    rs.next();
                    result.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
                while (rs.next()) result.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
            }
        }
        return result;
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryRowAndFileAndThePortalRunsOnIt() throws Exception {
        Path file = dataDir.resolve("sauvegarde.zip");
        var written = DailyBackups.write(portal.db().dataSource(), file);
        assertTrue(written.rows().get("supporting_document") > 0 || written.totalRows() > 100, written.toString());

        DataSource target = TestDatabase.emptyDatabase("restauration");
        try (InputStream in = Files.newInputStream(file)) {
            LogicalBackup.restore(in, target);
        }
        var before = fingerprint(portal.db().dataSource());
        var after = fingerprint(target);
        assertEquals(before.keySet(), after.keySet());
        for (String table : before.keySet()) assertEquals(before.get(table), after.get(table), table);
        assertTrue(before.values().stream().filter(v -> !v.startsWith("0 ")).count() > 20, "a populated database: " + before);

        var restored = Portal.start(portal.config(), new Db(target), new DevelopmentMailbox(), 0, portal.clock());
        try {
            var admin = WebClient.signedIn(restored.port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
            assertTrue(admin.get("/").contains("Bonjour"));
        } finally {
            restored.close();
        }

        try (InputStream in = Files.newInputStream(file)) {
            var refused = assertThrows(LogicalBackup.Refused.class, () -> LogicalBackup.restore(in, target));
            assertTrue(refused.getMessage().contains("n'est pas vide"), refused.getMessage());
        }
    }

    @Test
    void aBackupOfANewerPortalIsRefused() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("sauvegarde.properties"));
            zip.write("format=portail-famille-1\nschema=9999\ntables=\n".getBytes());
            zip.closeEntry();
        }
        DataSource target = TestDatabase.emptyDatabase("restauration_refusee");
        var refused = assertThrows(LogicalBackup.Refused.class, () -> LogicalBackup.restore(new ByteArrayInputStream(bytes.toByteArray()), target));
        assertTrue(refused.getMessage().contains("version plus récente du portail (schéma 9999"), refused.getMessage());
        assertTrue(fr.portailfamille.persistence.Migrations.current(target).isEmpty(), "nothing was done to the target");
    }

    @Test
    void aFileThatIsNoBackupIsRefused() {
        DataSource target = TestDatabase.emptyDatabase("restauration_refusee");
        var refused = assertThrows(LogicalBackup.Refused.class, () -> LogicalBackup.restore(new ByteArrayInputStream("bonjour".getBytes()), target));
        assertTrue(refused.getMessage().contains("n'est pas une sauvegarde"), refused.getMessage());
    }

    @Test
    void theDailyBackupIsTakenOnceADayAndTheLastOnesAreKept() throws Exception {
        var clock = new MutableClock(java.time.Instant.parse("2027-03-01T02:00:00Z"));
        Path directory = dataDir.resolve("backups");
        var daily = new DailyBackups(portal.db().dataSource(), directory, 2, clock);
        daily.takeIfDue();
        daily.takeIfDue();
        assertEquals(1, daily.backups().size(), "once a day");
        for (int day = 0; day < 3; day++) {
            clock.advance(Duration.ofDays(1));
            daily.takeIfDue();
        }
        assertEquals(List.of("portail-famille-2027-03-04.zip", "portail-famille-2027-03-03.zip"),
                daily.backups().stream().map(p -> p.getFileName().toString()).toList());
        try (var files = Files.list(directory)) {
            assertEquals(2, files.count(), "no partial file left");
        }
    }
}
