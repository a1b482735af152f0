package org.bellwether.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every store test runs on. PostgreSQL is a real server whose JDBC URL comes from
 * {@value #PG_ENV} (scripts/with-postgres.sh starts one and sets it); without it the PostgreSQL cases are skipped
 * on a developer's machine and fail on CI, where the variable {@code CI} is {@code true}.
 */
enum Backend {
    SQLITE, POSTGRESQL;

    static final String PG_ENV = "BELLWETHER_TEST_PG";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** A new, empty store location: a file in {@code dir}, or a new PostgreSQL database. */
    String freshStore(Path dir) {
        return switch (this) {
            case SQLITE -> dir.resolve("results-" + DATABASES.incrementAndGet() + ".db").toString();
            case POSTGRESQL -> freshDatabase();
        };
    }

    static String serverUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            String why = PG_ENV + " is not set, so the PostgreSQL cases cannot run; run the tests under"
                    + " scripts/with-postgres.sh to start a throwaway server";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return url;
    }

    private static String freshDatabase() {
        String server = serverUrl();
        String name = "bw_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server, e);
        }
        return withDatabase(server, name);
    }

    /** The server URL with its database replaced by {@code name}. */
    static String withDatabase(String server, String name) {
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }
}
