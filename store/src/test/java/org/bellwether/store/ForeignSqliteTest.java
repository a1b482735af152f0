package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SQLite file that is not ours stays as it was: refused, its bytes unchanged, nothing left beside it. */
class ForeignSqliteTest {

    @TempDir
    Path dir;

    @Test
    void anotherApplicationsWalDatabaseIsRefusedAndLeftWithoutWalFiles() throws Exception {
        Path db = dir.resolve("app.db");
        sql(db, "PRAGMA journal_mode=WAL", "CREATE TABLE orders (id INTEGER)", "INSERT INTO orders VALUES (1)");
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> ResultsStore.open(db.toString())).isInstanceOf(StoreException.class)
                .hasMessage(db + ": not a Bellwether results store: the database holds another application's tables"
                        + " (orders)");
        assertThatThrownBy(() -> ResultsStore.openExisting(db.toString())).isInstanceOf(StoreException.class);

        assertThat(listing()).containsExactly("app.db");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anEmptyDatabaseMarkedByAnotherApplicationIsNotTakenOver() throws Exception {
        Path db = dir.resolve("marked.db");
        sql(db, "PRAGMA user_version = 42");
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> ResultsStore.open(db.toString())).isInstanceOf(StoreException.class)
                .hasMessage(db + ": not a Bellwether results store: an SQLite database that another application has"
                        + " marked as its own (user_version 42, application_id 0)");

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(listing()).containsExactly("marked.db");
    }

    private static void sql(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private java.util.List<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
