package fr.portailfamille.web.archfixture;

import java.sql.SQLException;

/** Test-only, planted: a web class reading JDBC's SQLState codes, as the error pages once did. The rules must reject it. */
public final class WebPageReadingSqlState {

    private WebPageReadingSqlState() {
    }

    public static boolean databaseUnavailable(Throwable error) {
        return error instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
