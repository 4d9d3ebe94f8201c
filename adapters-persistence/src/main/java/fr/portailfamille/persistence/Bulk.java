package fr.portailfamille.persistence;

import org.jooq.DSLContext;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes any number of rows in one statement: each column travels as one text array parameter, and
 * {@code unnest(…)} turns the arrays back into rows on the server. 40,000 invoice lines are one round trip and no
 * SQL text to render per row — what keeps an invoicing run of 10,000 households within seconds.
 */
public final class Bulk {

    /** A column of the rows and its PostgreSQL type («bigint», «text», «date», «timestamptz»…). */
    public record Column(String name, String type) {
    }

    private Bulk() {
    }

    /**
     * Runs {@code sql}, in which {@code {rows}} stands for the rows as a relation {@code u(column, …)}, e.g.
     * {@code INSERT INTO t (a, b) SELECT a, b FROM {rows}}. Each value is sent as its {@code toString()} (null
     * stays null) and cast back to the column's type.
     */
    public static int execute(DSLContext dsl, String sql, List<Column> columns, List<Object[]> rows) {
        if (rows.isEmpty()) return 0;
        String relation = "unnest(" + columns.stream().map(c -> "?::text[]::" + c.type() + "[]").collect(Collectors.joining(", ")) + ") AS u("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ")";
        String statement = sql.replace("{rows}", relation);
        int[] count = new int[1];
        dsl.connection(connection -> {
            try (var ps = connection.prepareStatement(statement)) {
                for (int c = 0; c < columns.size(); c++) {
                    var values = new String[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        Object value = rows.get(r)[c];
                        values[r] = value == null ? null : value.toString();
                    }
                    ps.setArray(c + 1, connection.createArrayOf("text", values));
                }
                count[0] = ps.executeUpdate();
            }
        });
        return count[0];
    }

    /** {@code INSERT INTO table (columns…) SELECT * FROM {rows}}. */
    public static int insert(DSLContext dsl, String table, List<Column> columns, List<Object[]> rows) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        return execute(dsl, "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM {rows}", columns, rows);
    }
}
