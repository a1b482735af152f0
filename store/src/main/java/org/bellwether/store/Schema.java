package org.bellwether.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a store's schema up to date with Flyway, after making sure the database is empty or a Bellwether store:
 * Flyway alone would add our tables to another application's database, or fail on a newer store with a message
 * about its own history table.
 */
final class Schema {

    /** The newest migration this build has; a store whose history goes further was made by a newer Bellwether. */
    static final int LATEST = 5;
    static final String HISTORY = "flyway_schema_history";
    private static final String FIRST_DESCRIPTION = "bellwether results store";
    /**
     * Kept so that the logger, and the level set on it, are not collected. Flyway stays silent: a failure is
     * reported once, as a {@link StoreException}, and a first import that loses the race to migrate retries
     * without a {@code SEVERE} line on the terminal.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    /** Two first imports at once: the loser waits for the winner's migration; 40 looks take about 20 seconds. */
    static final int MIGRATION_ATTEMPTS = 40;

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
    }

    private Schema() {
    }

    /**
     * Makes sure the store is Bellwether's and current. Only writers ({@code create}) migrate: a reader that found
     * the schema missing would otherwise race the first import to create it. On PostgreSQL every opener holds an
     * advisory lock while it looks (readers shared, writers exclusive), so none sees a migration half done; on
     * SQLite, where a migration is one transaction, two first writers are serialised by retrying the loser.
     */
    static void prepare(Database db, boolean create) throws SQLException {
        Optional<Connection> probe = db.probe();
        if (probe.isEmpty()) {
            migrate(db);
            return;
        }
        try (Connection c = probe.get()) {
            db.lockSchema(c, create);
            int found = current(db, c);
            if (found == LATEST) {
                return;
            }
            if (found > 0) {
                // an older Bellwether's store: its migrations are added ones (tables, columns), so a reader may
                // bring it up to date too; Flyway serialises two that try at once
                migrate(db);
                return;
            }
            if (!create) {
                throw StoreException.badReference(db.describe() + ": holds no results store yet;"
                        + " `bellwether import` creates one");
            }
            migrate(db);
        }
    }

    /** The schema in place, 0 when the database is empty; throws when it is not ours. */
    private static int current(Database db, Connection c) throws SQLException {
        Set<String> tables = tables(c);
        if (tables.isEmpty() || tables.equals(Set.of(HISTORY)) && !hasRows(c)) {
            // Empty, or Flyway's history table made by a first import whose migration is not committed yet.
            return 0;
        }
        return checkOwn(db, c, tables);
    }

    private static boolean hasRows(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + HISTORY);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private static void migrate(Database db) {
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure(Schema.class.getClassLoader()).dataSource(db.dataSource())
                        .locations("classpath:org/bellwether/store/migration")
                        .placeholders(Map.of("change_table_options", db.changeTableOptions(),
                                "binary_type", db.binaryType()))
                        .load().migrate();
                return;
            } catch (FlywayException e) {
                if (attempt >= MIGRATION_ATTEMPTS || !db.isContention(e)) {
                    throw StoreException.unusable(db.describe() + ": cannot prepare the results store: "
                            + Failures.firstLine(e), e);
                }
                pause(attempt);
            }
        }
    }

    /** Another first import holds the write lock or has just made the tables: wait a little and look again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1_000, 20L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StoreException.unusable("interrupted while waiting for another import to prepare the store");
        }
    }

    static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static int checkOwn(Database db, Connection c, Set<String> tables) throws SQLException {
        if (!tables.contains(HISTORY)) {
            throw foreign(db, tables);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version, description FROM " + HISTORY
                + " WHERE success = ? AND version IS NOT NULL")) {
            ps.setBoolean(1, true);
            try (ResultSet rs = ps.executeQuery()) {
                return checkHistory(db, rs, tables);
            }
        }
    }

    private static int checkHistory(Database db, ResultSet rs, Set<String> tables) throws SQLException {
        boolean ours = false;
        int newest = 0;
        while (rs.next()) {
            int version = Integer.parseInt(rs.getString(1).split("\\.")[0]);
            ours |= version == 1 && FIRST_DESCRIPTION.equals(rs.getString(2));
            newest = Math.max(newest, version);
        }
        if (!ours) {
            throw foreign(db, tables);
        }
        if (newest > LATEST) {
            throw StoreException.unusable(db.describe() + ": this results store was made by a newer Bellwether"
                    + " (schema " + newest + "; this one knows schema " + LATEST + "): upgrade Bellwether to read it");
        }
        return newest;
    }

    static StoreException foreign(Database db, Set<String> tables) {
        String some = String.join(", ", tables.stream().limit(5).toList()) + (tables.size() > 5 ? ", ..." : "");
        return StoreException.unusable(db.describe() + ": not a Bellwether results store: the database holds"
                + " another application's tables (" + some + ")");
    }
}
