package org.bellwether.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New databases on the throwaway PostgreSQL server that {@code scripts/with-postgres.sh} starts, whose JDBC URL it
 * puts in {@value #ENV}. Without it the PostgreSQL cases are skipped on a developer's machine and fail on CI
 * (where the variable {@code CI} is {@code true}), so that CI can never pass by skipping them. Shared with the
 * server's and the command line's tests through this module's test jar.
 */
public final class ThrowawayPostgres {

    public static final String ENV = "BELLWETHER_TEST_PG";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private ThrowawayPostgres() {
    }

    /** The server's JDBC URL, or the test is skipped (failed on CI). */
    public static String serverUrl() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            String why = ENV + " is not set, so the PostgreSQL cases cannot run; run the tests under"
                    + " scripts/with-postgres.sh to start a throwaway server";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return url;
    }

    /** A new, empty database named {@code prefix_pid_n}: a test process's databases never meet another's. */
    public static String freshDatabase(String prefix) {
        String server = serverUrl();
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server, e);
        }
        return withDatabase(server, name);
    }

    /** The server URL with its database replaced by {@code name}. */
    public static String withDatabase(String server, String name) {
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }
}
