package fr.portailfamille.persistence;

import fr.portailfamille.application.common.DatabaseUnavailable;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Where JDBC's signals of an unreachable database become the application's {@link DatabaseUnavailable}: a connection
 * that cannot be had or was cut (SQLState class 08), or a server shutting down or starting (57P). Everything else
 * — a constraint, a bug in a query — goes through unchanged.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailable) return true;
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) return true;
        }
        return false;
    }

    /** The application's exception for an unreachable database; any other failure unchanged. */
    static RuntimeException translated(RuntimeException error) {
        if (error instanceof DatabaseUnavailable || !unavailable(error)) return error;
        return new DatabaseUnavailable("Base de données injoignable : " + error.getMessage(), error);
    }

    /** Translates the failures of the statements jOOQ runs. */
    static final class Listener implements ExecuteListener {
        @Override
        public void exception(ExecuteContext ctx) {
            if (ctx.exception() != null) ctx.exception(translated(ctx.exception()));
        }
    }

    /** Translates the failure to get a connection, which happens before any statement (a transaction's start). */
    record Connections(ConnectionProvider delegate) implements ConnectionProvider {
        @Override
        public Connection acquire() throws DataAccessException {
            try {
                return delegate.acquire();
            } catch (RuntimeException e) {
                throw translated(e);
            }
        }

        @Override
        public void release(Connection connection) throws DataAccessException {
            delegate.release(connection);
        }
    }
}
