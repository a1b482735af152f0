package org.bellwether.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Where a store lives and how to connect to it: an SQLite file, or a PostgreSQL database. */
sealed interface Database permits SqliteDatabase, PostgresDatabase {

    /** How the store is named in messages: a path, or a PostgreSQL address without its password. */
    String describe();

    /** Checks what can be checked before connecting; {@code create} says whether a missing store may be made. */
    void checkBeforeOpen(boolean create);

    DataSource dataSource();

    /**
     * A connection that changes nothing, to look at what the database holds before anything is written to it
     * (SQLite's WAL mode alone rewrites a file's header), or empty when there is no database yet to look at.
     */
    java.util.Optional<Connection> probe() throws SQLException;

    /**
     * Keeps other openers from looking at the schema while this one migrates it, until {@code probe} is closed:
     * {@code exclusive} for a writer, shared for a reader. SQLite needs nothing: a migration there is one
     * transaction, and a reader sees it whole or not at all.
     */
    default void lockSchema(Connection probe, boolean exclusive) throws SQLException {
    }

    /** Whether a failed migration lost a race with another first import (worth another try) rather than failed. */
    default boolean isContention(Exception e) {
        return false;
    }

    /** The SQL that the migration's {@code change_table_options} placeholder stands for. */
    String changeTableOptions();

    /** The column type of compressed bytes, which the migration's {@code binary_type} placeholder stands for. */
    String binaryType();

    /** Sets up a fresh connection for writing (one transaction per import) or for consistent reading. */
    void configure(Connection connection, boolean forWriting) throws SQLException;

    /**
     * Tells every listener of the store that {@code version} is stored, as part of the import's transaction, so
     * that it is heard when (and only when) the version is committed. PostgreSQL delivers it with NOTIFY; an
     * SQLite file has no channel between processes, so its listeners look at the newest version instead.
     */
    void announce(Connection connection, long version) throws SQLException;

    /** Tells every listener, as {@link #announce} does, that declaration {@code id} is stored. */
    void announceDeclaration(Connection connection, long id) throws SQLException;

    /**
     * A PostgreSQL URL ({@code postgresql://user:password@host:port/db} or {@code jdbc:postgresql://...}), or else
     * the path of an SQLite file.
     */
    static Database of(String spec) {
        String lower = spec.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:")) {
            return PostgresDatabase.parse(spec.strip());
        }
        if (spec.isBlank()) {
            throw StoreException.unusable("the store location is empty: give a file path or a postgresql:// URL");
        }
        return new SqliteDatabase(Path.of(spec));
    }
}
