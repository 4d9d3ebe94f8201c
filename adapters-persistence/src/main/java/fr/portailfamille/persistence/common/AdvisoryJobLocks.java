package fr.portailfamille.persistence.common;

import fr.portailfamille.application.common.port.JobLocks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@link JobLocks} on PostgreSQL's session advisory locks: the round holds one connection of its own, locked on
 * (portal, hash of the job's name) for as long as it runs, whatever transactions the job opens meanwhile. A process
 * that dies mid-round loses its session, and so its lock: nothing stays stuck.
 */
public final class AdvisoryJobLocks implements JobLocks {

    /** The first half of every lock key, so our locks never meet another application's on a shared server. */
    private static final int PORTAL = 0x50465041; // "PFPA"

    private final DataSource dataSource;

    public AdvisoryJobLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean runAlone(String job, Runnable round) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "SELECT pg_try_advisory_lock(?, hashtext(?))", job)) return false;
            try {
                round.run();
                return true;
            } finally {
                lock(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verrou du traitement «" + job + "» indisponible", e);
        }
    }

    private static boolean lock(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, PORTAL);
            statement.setString(2, job);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
