package org.bellwether.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The embedded store: one SQLite file in WAL mode, so that readers go on reading while an import writes. */
record SqliteDatabase(Path file) implements Database {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** An import of a statewide election holds the write lock for a minute or so; a second writer waits. */
    static final int BUSY_TIMEOUT_MS = 300_000;

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void checkBeforeOpen(boolean create) {
        if (Files.isDirectory(file)) {
            throw StoreException.unusable(describe() + ": is a folder, not a results store");
        }
        if (!Files.exists(file)) {
            missing(create);
            return;
        }
        byte[] head = head();
        if (head.length > 0 && !Arrays.equals(head, MAGIC)) {
            throw StoreException.unusable(describe() + ": not a Bellwether results store: the file is not an SQLite"
                    + " database");
        }
        if (head.length > 0) {
            refuseForeign();
        }
    }

    /**
     * Looks at the file as it lies on disk, through an immutable read (SQLite then takes no lock and makes no
     * {@code -wal} or {@code -shm} file beside it), and refuses another application's database before anything
     * opens it for real: its tables, or, for one with none yet, the {@code user_version} or
     * {@code application_id} its application marked it with. A store of ours has Flyway's history table, or
     * nothing yet.
     */
    private void refuseForeign() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro&immutable=1");
        try (Connection c = source.getConnection()) {
            java.util.Set<String> tables = Schema.tables(c);
            if (!tables.isEmpty() && !tables.contains(Schema.HISTORY)) {
                throw Schema.foreign(this, tables);
            }
            long mark = pragma(c, "user_version") | pragma(c, "application_id");
            if (tables.isEmpty() && mark != 0) {
                throw StoreException.unusable(describe() + ": not a Bellwether results store: an SQLite database"
                        + " that another application has marked as its own (user_version " + pragma(c, "user_version")
                        + ", application_id " + pragma(c, "application_id") + ")");
            }
        } catch (SQLException e) {
            throw StoreException.unusable(describe() + ": cannot open the results store: " + Failures.explain(e), e);
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void missing(boolean create) {
        if (!create) {
            throw StoreException.badReference(describe() + ": no results store here; `bellwether import` creates one");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw StoreException.unusable(describe() + ": cannot create a results store: folder " + parent
                    + " does not exist");
        }
    }

    private byte[] head() {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAGIC.length);
        } catch (IOException e) {
            throw StoreException.unusable(describe() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public DataSource dataSource() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: an import that returned is on disk, even if the machine loses power right after.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    @Override
    public Optional<Connection> probe() throws SQLException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return Optional.of(source.getConnection());
    }

    @Override
    public boolean isContention(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("already exists")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String binaryType() {
        return "BLOB";
    }

    @Override
    public String changeTableOptions() {
        return " WITHOUT ROWID";
    }

    @Override
    public void configure(Connection connection, boolean forWriting) throws SQLException {
        // A WAL read transaction starts at its first SELECT and sees one snapshot until it ends.
        connection.setAutoCommit(false);
    }

    @Override
    public void announce(Connection connection, long version) {
        // No channel between processes on a file: listeners look at the newest version (VersionListener).
    }

    @Override
    public void announceDeclaration(Connection connection, long id) {
        // Listeners look at the newest declaration too.
    }
}
