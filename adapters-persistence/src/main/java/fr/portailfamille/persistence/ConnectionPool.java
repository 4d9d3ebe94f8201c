package fr.portailfamille.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The HikariCP pool the portal and the database tests use. */
public final class ConnectionPool {

    private ConnectionPool() {
    }

    public static HikariDataSource open(DatabaseUrl url, int maxSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) config.setUsername(url.user());
        if (url.password() != null) config.setPassword(url.password());
        config.setMaximumPoolSize(maxSize);
        config.setPoolName("portail-famille");
        config.setConnectionTimeout(10_000);
        // no connection opened in the constructor: the first (Flyway's, at start-up) waits for it, off the main thread;
        // a wrong URL or password still stops the start, there
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
