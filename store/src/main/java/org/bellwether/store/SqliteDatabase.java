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
}
