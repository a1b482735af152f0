package org.bellwether.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shared store: a PostgreSQL database. Imports run in READ COMMITTED behind the import lock (so that each
 * statement sees the previous import's commit); reads run in REPEATABLE READ, one snapshot for the whole read.
 *
 * @param jdbcUrl  the URL without user information
 * @param user     the user, or null for the driver's default
 * @param password the password, or null
 */
record PostgresDatabase(String jdbcUrl, String user, String password) implements Database {

    static PostgresDatabase parse(String spec) {
        String plain = spec.startsWith("jdbc:") ? spec.substring(5) : spec;
        try {
            URI uri = new URI(plain);
            String userInfo = uri.getRawUserInfo();
            String user = null;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String hostPort = uri.getHost() == null ? "" : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new PostgresDatabase("jdbc:postgresql://" + hostPort + uri.getRawPath() + query, user, password);
        } catch (URISyntaxException e) {
            throw StoreException.unusable("not a PostgreSQL URL: " + e.getMessage()
                    + " (expected postgresql://user:password@host:port/database)", e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String describe() {
        int query = jdbcUrl.indexOf('?');
        return (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)).substring(5);
    }

    @Override
    public void checkBeforeOpen(boolean create) {
        // Nothing to check before connecting: the server says whether the database exists.
    }

    @Override
    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setReWriteBatchedInserts(true);
        source.setApplicationName("bellwether");
        source.setConnectTimeout(10);
        return source;
    }

    @Override
    public Optional<Connection> probe() throws SQLException {
        return Optional.of(dataSource().getConnection());
    }

    /** An arbitrary constant of our own ("BELLWETH" in ASCII), apart from the lock Flyway takes while it migrates. */
    static final long SCHEMA_LOCK = 0x42454C4C57455448L;

    @Override
    public void lockSchema(Connection probe, boolean exclusive) throws SQLException {
        try (var ps = probe.prepareStatement(exclusive ? "SELECT pg_advisory_lock(?)"
                : "SELECT pg_advisory_lock_shared(?)")) {
            ps.setLong(1, SCHEMA_LOCK);
            ps.execute();
        }
    }

    @Override
    public String binaryType() {
        return "BYTEA";
    }

    @Override
    public String changeTableOptions() {
        return "";
    }

    @Override
    public void configure(Connection connection, boolean forWriting) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(forWriting ? Connection.TRANSACTION_READ_COMMITTED
                : Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(!forWriting);
    }

    /** The NOTIFY channel new versions are announced on. */
    static final String CHANNEL = "bellwether_versions";

    /** A declaration's notice on {@link #CHANNEL}: this prefix and its id (a version's notice is its number). */
    static final String DECLARATION_NOTICE = "declaration:";

    @Override
    public void announce(Connection connection, long version) throws SQLException {
        notify(connection, Long.toString(version));
    }

    @Override
    public void announceDeclaration(Connection connection, long id) throws SQLException {
        notify(connection, DECLARATION_NOTICE + id);
    }

    private static void notify(Connection connection, String payload) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        }
    }
}
