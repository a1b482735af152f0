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
    static final int LATEST = 2;
    static final String HISTORY = "flyway_schema_history";
    private static final String FIRST_DESCRIPTION = "bellwether results store";
    /** Kept so that the logger, and the level set on it, are not collected: Flyway's INFO lines stay quiet. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Schema() {
    }

    static void migrate(Database db) throws SQLException {
        Optional<Connection> probe = db.probe();
        if (probe.isPresent()) {
            try (Connection c = probe.get()) {
                Set<String> tables = tables(c);
                if (!tables.isEmpty()) {
                    checkOwn(db, c, tables);
                }
            }
        }
        try {
            Flyway.configure(Schema.class.getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:org/bellwether/store/migration")
                    .placeholders(Map.of("change_table_options", db.changeTableOptions()))
                    .load().migrate();
        } catch (FlywayException e) {
            throw StoreException.unusable(db.describe() + ": cannot prepare the results store: " + e.getMessage(), e);
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static void checkOwn(Database db, Connection c, Set<String> tables) throws SQLException {
        if (!tables.contains(HISTORY)) {
            throw foreign(db, tables);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version, description FROM " + HISTORY
                + " WHERE success = ? AND version IS NOT NULL")) {
            ps.setBoolean(1, true);
            try (ResultSet rs = ps.executeQuery()) {
                checkHistory(db, rs, tables);
            }
        }
    }

    private static void checkHistory(Database db, ResultSet rs, Set<String> tables) throws SQLException {
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
    }

    private static StoreException foreign(Database db, Set<String> tables) {
        String some = String.join(", ", tables.stream().limit(5).toList()) + (tables.size() > 5 ? ", ..." : "");
        return StoreException.unusable(db.describe() + ": not a Bellwether results store: the database holds"
                + " another application's tables (" + some + ")");
    }
}
