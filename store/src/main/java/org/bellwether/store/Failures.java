package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Turns what JDBC drivers throw into messages that name the store and say what to do. */
final class Failures {

    private Failures() {
    }

    static Connection connect(Database db) {
        try {
            return db.dataSource().getConnection();
        } catch (SQLException e) {
            throw StoreException.unusable(db.describe() + ": cannot open the results store: " + explain(e), e);
        }
    }

    static StoreException wrap(Database db, SQLException e) {
        return StoreException.unusable(db.describe() + ": " + explain(e), e);
    }

    /** The first line of an exception's message, which for Flyway holds the whole story. */
    static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    }

    /** The driver's message, with what it means for a results store where that is not obvious. */
    static String explain(SQLException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
            return "the results store is damaged or not an SQLite database (" + message + ");"
                    + " restore it from a backup";
        }
        if (message.contains("SQLITE_FULL") || message.toLowerCase(java.util.Locale.ROOT).contains("disk is full")
                || message.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return "the disk holding the results store is full; nothing of this import was stored: free some space"
                    + " and import again (" + message + ")";
        }
        if (message.contains("SQLITE_BUSY")) {
            return "the results store is busy: another import has held it too long (" + message + ")";
        }
        return message;
    }
}
