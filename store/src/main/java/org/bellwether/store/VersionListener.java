package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears of new versions and declarations, whoever stored them: on PostgreSQL by LISTEN on the channel every import NOTIFYs inside
 * its transaction (so a version is heard exactly when it is committed, by every listening process); on an SQLite
 * file, which has no channel between processes, by looking at the newest version number every
 * {@link #SQLITE_LOOK} (an indexed MAX, a few microseconds). After a lost PostgreSQL connection it reconnects and
 * reports the newest version again, so nothing committed meanwhile is missed.
 */
public final class VersionListener implements AutoCloseable {

    static final Duration SQLITE_LOOK = Duration.ofMillis(100);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final Database db;
    private final LongConsumer newest;
    private final LongConsumer newestDeclaration;
    private final Consumer<String> log;
    private final Thread thread;
    private volatile boolean closed;
    private long reported = -1;
    private long reportedDeclaration = -1;

    private VersionListener(Database db, LongConsumer newest, LongConsumer newestDeclaration, Consumer<String> log) {
        this.db = db;
        this.newest = newest;
        this.newestDeclaration = newestDeclaration;
        this.log = log;
        this.thread = Thread.ofPlatform().daemon().name("bellwether-version-listener").unstarted(this::loop);
    }

    /**
     * Starts listening to the store at {@code spec} (which must exist); {@code newest} is called, on the listener's
     * own thread, with the newest version number at the start and whenever a newer one is stored.
     */
    public static VersionListener start(String spec, LongConsumer newest, Consumer<String> log) {
        return start(spec, newest, d -> { }, log);
    }

    /**
     * As {@link #start(String, LongConsumer, Consumer)}, and {@code newestDeclaration} is called likewise with the
     * newest declaration's id (0 when there is none) at the start and whenever a newer one is stored.
     */
    public static VersionListener start(String spec, LongConsumer newest, LongConsumer newestDeclaration,
            Consumer<String> log) {
        ResultsStore.openExisting(spec).close();
        VersionListener l = new VersionListener(Database.of(spec), Objects.requireNonNull(newest, "listener"),
                Objects.requireNonNull(newestDeclaration, "declaration listener"), Objects.requireNonNull(log, "log"));
        l.thread.start();
        return l;
    }

    private void loop() {
        while (!closed) {
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(true);
                if (db instanceof PostgresDatabase) {
                    listen(c);
                } else {
                    look(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    log.accept(db.describe() + ": listening for new versions failed ("
                            + (e instanceof SQLException sql ? Failures.explain(sql) : e.getMessage())
                            + "); reconnecting");
                    pause(RECONNECT);
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PostgresDatabase.CHANNEL);
        }
        report(Catalog.nextVersion(c) - 1);
        reportDeclaration(Declarations.newest(c));
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
            PGNotification[] heard = pg.getNotifications(5_000);
            if (heard != null) {
                for (PGNotification n : heard) {
                    heard(n.getParameter());
                }
            }
        }
    }

    private void look(Connection c) throws SQLException {
        while (!closed) {
            report(Catalog.nextVersion(c) - 1);
            reportDeclaration(Declarations.newest(c));
            pause(SQLITE_LOOK);
        }
    }

    private void heard(String notice) {
        if (notice.startsWith(PostgresDatabase.DECLARATION_NOTICE)) {
            reportDeclaration(Long.parseLong(notice.substring(PostgresDatabase.DECLARATION_NOTICE.length())));
        } else {
            report(Long.parseLong(notice));
        }
    }

    private void reportDeclaration(long id) {
        if (id > reportedDeclaration) {
            reportedDeclaration = id;
            newestDeclaration.accept(id);
        }
    }

    private void report(long version) {
        if (version > reported) {
            reported = version;
            newest.accept(version);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
