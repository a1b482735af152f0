package org.bellwether.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database on the PostgreSQL server that {@code scripts/with-postgres.sh} starts ({@value #ENV}); without
 * it the PostgreSQL cases are skipped, except on CI where they must run.
 */
public final class Postgres {

    static final String ENV = "BELLWETHER_TEST_PG";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Postgres() {
    }

    public static String freshStore() {
        String server = System.getenv(ENV);
        if (server == null || server.isBlank()) {
            String why = ENV + " is not set: run the tests under scripts/with-postgres.sh";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        String name = "bw_server_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }
}
