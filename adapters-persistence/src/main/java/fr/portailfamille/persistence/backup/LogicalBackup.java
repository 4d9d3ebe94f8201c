package fr.portailfamille.persistence.backup;

import fr.portailfamille.persistence.Migrations;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A whole portal in one zip file, taken through JDBC (zonky ships no {@code pg_dump}, and a town's server may run
 * another PostgreSQL version than its client tools): every table of the schema with PostgreSQL's binary COPY, in the
 * order of their foreign keys, the sequences' positions and the schema version. Uploaded files live in the database
 * (justificatifs, attachments, logos), so they are in it too. Taken in one REPEATABLE READ read-only transaction:
 * consistent while the portal keeps serving.
 * <p>
 * Restoring needs an empty database: its schema is rebuilt by the migrations up to the backup's version, the rows
 * are copied back in one transaction, then the newer migrations run. A backup from a newer portal is refused.
 */
public final class LogicalBackup {

    static final String MANIFEST = "sauvegarde.properties";
    static final String SEQUENCES = "sequences.properties";
    static final String FORMAT = "portail-famille-1";

    /** A backup that cannot be restored here, in one French sentence. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** What a backup holds: its schema version and how many rows per table. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LogicalBackup() {
    }

    public static Summary write(DataSource dataSource, OutputStream out) throws IOException, SQLException {
        String version = Migrations.current(dataSource).orElseThrow(() -> new Refused("La base n'a jamais été initialisée : rien à sauvegarder."));
        try (Connection connection = dataSource.getConnection(); var zip = new ZipOutputStream(out)) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<String> tables = tablesInDependencyOrder(connection);
                var manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schema", version);
                manifest.setProperty("tables", String.join(",", tables));
                put(zip, MANIFEST, manifest);
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                var rows = new LinkedHashMap<String, Long>();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    rows.put(table, copy.copyOut("COPY public.\"" + table + "\" TO STDOUT (FORMAT binary)", new FilterOutputStream(zip) {
                        @Override
                        public void close() {
                            // the zip stays open for the next table
                        }
                    }));
                    zip.closeEntry();
                }
                put(zip, SEQUENCES, sequences(connection));
                return new Summary(version, rows);
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * @param target an empty database (never migrated, or migrated without any data)
     * @throws Refused when the backup is from a newer portal, is not a backup, or the target holds data
     */
    public static Summary restore(InputStream in, DataSource target) throws IOException, SQLException {
        var zip = new ZipInputStream(in);
        var first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) throw new Refused("Ce fichier n'est pas une sauvegarde du Portail Famille.");
        var manifest = read(zip);
        if (!FORMAT.equals(manifest.getProperty("format"))) throw new Refused("Ce fichier n'est pas une sauvegarde du Portail Famille.");
        String version = manifest.getProperty("schema");
        String latest = Migrations.latest(target);
        if (Migrations.newer(version, latest)) {
            throw new Refused("Cette sauvegarde vient d'une version plus récente du portail (schéma " + version + ", ce portail connaît "
                    + latest + ") : mettez le portail à jour avant de la restaurer.");
        }
        emptySchema(target);
        Migrations.migrateTo(target, version);
        var rows = new LinkedHashMap<String, Long>();
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("tables/") && name.endsWith(".copy")) {
                    String table = name.substring("tables/".length(), name.length() - ".copy".length());
                    if (!table.matches("[a-z_][a-z0-9_]*")) throw new Refused("Sauvegarde abîmée : table « " + table + " ».");
                    rows.put(table, copy.copyIn("COPY public.\"" + table + "\" FROM STDIN (FORMAT binary)", new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the next entries follow in the same zip
                        }
                    }));
                } else if (name.equals(SEQUENCES)) {
                    restoreSequences(connection, read(zip));
                }
            }
            connection.commit();
        }
        Migrations.migrate(target);
        return new Summary(version, rows);
    }

    /** Parents before children, so that every row's foreign keys find their rows when copied back. */
    static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (var rs = connection.createStatement().executeQuery("""
                SELECT child.relname, parent.relname FROM pg_constraint c
                JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE c.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid""")) {
            while (rs.next()) parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
        var ordered = new LinkedHashSet<String>();
        for (String table : tables) visit(table, parents, ordered, new LinkedHashSet<>());
        return List.copyOf(ordered);
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) return; // a cycle: its constraints are checked at the end of each COPY
        for (String parent : parents.getOrDefault(table, Set.of())) visit(parent, parents, ordered, path);
        ordered.add(table);
    }

    private static Properties sequences(Connection connection) throws SQLException {
        var positions = new Properties();
        try (var rs = connection.createStatement().executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL")) {
            while (rs.next()) positions.setProperty(rs.getString(1), Long.toString(rs.getLong(2)));
        }
        return positions;
    }

    private static void restoreSequences(Connection connection, Properties positions) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT setval(quote_ident(?), ?, true)")) {
            for (String sequence : positions.stringPropertyNames()) {
                statement.setString(1, sequence);
                statement.setLong(2, Long.parseLong(positions.getProperty(sequence)));
                statement.execute();
            }
        }
    }

    /** Refuses a database holding anything; one never migrated, or migrated and empty, is cleared for the migrations. */
    private static void emptySchema(DataSource target) throws SQLException {
        try (Connection connection = target.getConnection()) {
            var tables = new ArrayList<String>();
            try (var rs = connection.createStatement().executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                if (table.equals("flyway_schema_history")) continue;
                try (var rs = connection.createStatement().executeQuery("SELECT EXISTS (SELECT 1 FROM public.\"" + table + "\")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new Refused("La base de destination n'est pas vide (table « " + table + " ») : une sauvegarde se restaure "
                                + "dans une base neuve (autre DATA_DIR, ou base PostgreSQL vide).");
                    }
                }
            }
            // an empty schema maybe migrated further than the backup: rebuilt from scratch at the backup's version
            connection.createStatement().execute("DROP SCHEMA public CASCADE");
            connection.createStatement().execute("CREATE SCHEMA public");
        }
    }

    private static void put(ZipOutputStream zip, String name, Properties properties) throws IOException {
        var text = new StringWriter();
        properties.store(text, null);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Properties read(InputStream entry) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(new String(entry.readAllBytes(), StandardCharsets.UTF_8)));
        return properties;
    }
}
