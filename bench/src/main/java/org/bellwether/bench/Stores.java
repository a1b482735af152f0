package org.bellwether.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Fresh stores for the benchmark: a new SQLite file beside the given one, or a new PostgreSQL database. */
final class Stores {

    private Stores() {
    }

    static String kind(String store) {
        return store.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite";
    }

    static String fresh(String store, String suffix) {
        if (!store.startsWith("jdbc:postgresql:")) {
            Path file = Path.of(store.replace(".db", "-" + suffix + ".db"));
            try {
                for (String tail : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(file + tail));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file.toString();
        }
        String name = "bench_" + suffix.toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(store); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        int slash = store.indexOf('/', "jdbc:postgresql://".length());
        int query = store.indexOf('?');
        return store.substring(0, slash + 1) + name + (query < 0 ? "" : store.substring(query));
    }

    /** The store's size on disk: the SQLite file, or what PostgreSQL reports for the database. */
    static String size(String store) {
        try {
            if (!store.startsWith("jdbc:postgresql:")) {
                return mib(Files.size(Path.of(store)));
            }
            try (Connection c = DriverManager.getConnection(store); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return mib(rs.getLong(1));
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot measure " + store, e);
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
