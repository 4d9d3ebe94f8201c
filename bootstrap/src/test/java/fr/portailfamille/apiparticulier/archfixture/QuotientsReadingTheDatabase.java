package fr.portailfamille.apiparticulier.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Test-only, planted: the API Particulier adapter reading the portal's database itself, persistence's business. The rules must reject it. */
public final class QuotientsReadingTheDatabase {

    private QuotientsReadingTheDatabase() {
    }

    public static boolean reachable(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
