package fr.portailfamille.persistence;

import fr.portailfamille.application.common.DatabaseUnavailable;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.ServerSocket;

import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unreachable database leaves the persistence adapter as the application's {@link DatabaseUnavailable} — SQLState
 * codes stay here — while every other failure of a statement goes through as it was.
 */
class DatabaseFailuresTest {

    /** A database nobody listens for: every connection is refused (SQLState 08001). */
    private static Db unreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setConnectTimeout(2);
        return new Db(dataSource);
    }

    @Test
    void a_transaction_that_cannot_get_a_connection_is_database_unavailable() throws IOException {
        var db = unreachable();
        var error = assertThrows(DatabaseUnavailable.class, () -> db.run(() -> db.dsl().fetchCount(TOWN_SETTINGS)));
        assertTrue(DatabaseFailures.unavailable(error.getCause()), String.valueOf(error.getCause()));
    }

    @Test
    void a_statement_outside_a_transaction_is_database_unavailable_too() throws IOException {
        var db = unreachable();
        assertThrows(DatabaseUnavailable.class, () -> db.dsl().fetchCount(TOWN_SETTINGS));
        assertFalse(db.isReachable());
    }

    @Test
    void any_other_failure_goes_through_unchanged() {
        var db = TestDatabase.fresh();
        RuntimeException error = assertThrows(DataAccessException.class, () -> db.run(() -> db.dsl().execute("SELECT * FROM no_such_table")));
        assertFalse(error instanceof DatabaseUnavailable);
        assertFalse(DatabaseFailures.unavailable(error));
    }
}
