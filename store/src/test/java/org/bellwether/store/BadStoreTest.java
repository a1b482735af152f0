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
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A store that cannot be used is refused with a message naming it and the problem, never with a stack trace. */
class BadStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfRandomBytesIsNotAStore() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.db"), noise);

        assertUnusable(file.toString(), file + ": not a Bellwether results store: the file is not an SQLite database");
    }

    @Test
    void aTextFileIsNotAStore() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "county,precinct,votes\nCobb,Addison 01,12\n");

        assertUnusable(file.toString(), file + ": not a Bellwether results store: the file is not an SQLite database");
    }

    @Test
    void anSqliteDatabaseOfAnotherApplicationIsNotAStoreAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("crm.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");
        }
        byte[] before = Files.readAllBytes(file);

        assertUnusable(file.toString(), file + ": not a Bellwether results store: the database holds another"
                + " application's tables (customers, orders)");
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("the other application's file is unchanged").isTrue();
    }

    @Test
    void aDamagedSqliteFileIsReportedAsDamaged() throws IOException {
        Path file = dir.resolve("damaged.db");
        try (ResultsStore store = ResultsStore.open(file.toString())) {
            store.importElection(TestElections.statewide(40, 1), "bw", ImportAndLoadTest.at(ImportAndLoadTest.T1));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Files.deleteIfExists(Path.of(file + "-wal"));

        assertThatThrownBy(() -> {
            try (ResultsStore store = ResultsStore.openExisting(file.toString())) {
                store.load(Optional.empty(), AsOf.LATEST);
            }
        }).isInstanceOf(StoreException.class).hasMessageStartingWith(file + ": ")
                .hasMessageContaining("damaged or not an SQLite database").hasMessageEndingWith("restore it from a backup");
    }

    @Test
    void aFolderIsNotAStore() {
        assertUnusable(dir.toString(), dir + ": is a folder, not a results store");
    }

    @Test
    void readingAMissingStoreDoesNotCreateOne() {
        Path file = dir.resolve("missing.db");

        assertThatThrownBy(() -> ResultsStore.openExisting(file.toString())).isInstanceOf(StoreException.class)
                .hasMessage(file + ": no results store here; `bellwether import` creates one")
                .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.BAD_REFERENCE);
        assertThat(file).doesNotExist();
    }

    @Test
    void aStoreCannotBeCreatedInAFolderThatDoesNotExist() {
        Path file = dir.resolve("no/such/folder/results.db");

        assertUnusable(file.toString(), file + ": cannot create a results store: folder "
                + file.toAbsolutePath().getParent() + " does not exist");
    }

    @Test
    void aStoreMadeByANewerBellwetherIsRefusedWithTheSchemaVersions() throws SQLException {
        Path file = dir.resolve("newer.db");
        ResultsStore.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            int future = Schema.LATEST + 1;
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (" + future + ", '" + future
                    + "', 'future', 'SQL', 'V" + future + "__future.sql', 0, 'test', 0, 1)");
        }

        assertUnusable(file.toString(), file + ": this results store was made by a newer Bellwether (schema "
                + (Schema.LATEST + 1) + "; this one knows schema " + Schema.LATEST + "): upgrade Bellwether to read it");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDatabaseHoldingAnotherApplicationsTablesIsRefused(Backend backend) throws SQLException {
        String spec = backend.freshStore(dir);
        String jdbc = spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + spec;
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        String name = Database.of(spec).describe();

        assertUnusable(spec, name + ": not a Bellwether results store: the database holds another application's"
                + " tables (invoices)");
    }

    @Test
    void anUnreachablePostgresqlServerIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> ResultsStore.open("postgresql://ann:secret@127.0.0.1:1/results"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("postgresql://127.0.0.1:1/results: cannot open the results store: ")
                .hasMessageNotContaining("secret");
    }

    private static void assertUnusable(String spec, String message) {
        assertThatThrownBy(() -> ResultsStore.open(spec)).isInstanceOf(StoreException.class).hasMessage(message)
                .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.UNUSABLE_STORE);
    }
}
