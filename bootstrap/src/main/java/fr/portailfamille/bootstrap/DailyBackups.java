package fr.portailfamille.bootstrap;

import fr.portailfamille.persistence.backup.LogicalBackup;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The embedded database's own safety net: one backup a day in DATA_DIR/backups, the last {@code kept} kept. A town
 * on its own PostgreSQL backs it up with its server's tools (or {@code portail backup} from cron). The file is
 * written aside and renamed, so a crash never leaves a half backup under a backup's name.
 */
final class DailyBackups {

    private static final Logger LOG = Logger.getLogger(DailyBackups.class.getName());
    private static final String PREFIX = "portail-famille-";

    private final DataSource dataSource;
    private final Path directory;
    private final int kept;
    private final Clock clock;

    DailyBackups(DataSource dataSource, Path directory, int kept, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.kept = kept;
        this.clock = clock;
    }

    /** Takes today's backup unless it exists, then removes the oldest beyond {@code kept}. */
    void takeIfDue() throws IOException, SQLException {
        Files.createDirectories(directory);
        Path today = directory.resolve(PREFIX + LocalDate.now(clock) + ".zip");
        if (!Files.exists(today)) {
            write(dataSource, today);
            LOG.info("Daily backup written: " + today);
        }
        for (Path old : backups().stream().skip(kept).toList()) Files.deleteIfExists(old);
    }

    /** The backups there, newest first (their names sort by date). */
    List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(PREFIX + "\\d{4}-\\d{2}-\\d{2}\\.zip"))
                    .sorted(java.util.Comparator.comparing(Path::toString).reversed()).toList();
        }
    }

    /** A backup into {@code file}, through a temporary file renamed once complete. */
    static LogicalBackup.Summary write(DataSource dataSource, Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partiel");
        LogicalBackup.Summary summary;
        try (OutputStream out = Files.newOutputStream(partial)) {
            summary = LogicalBackup.write(dataSource, out);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }
}
