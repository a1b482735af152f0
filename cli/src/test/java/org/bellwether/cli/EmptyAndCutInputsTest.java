package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs with no results are refused, never stored; a file cut inside its last record is noted. */
class EmptyAndCutInputsTest {

    private static final Path COBB = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");

    @TempDir
    Path dir;

    @Test
    void aHeaderOnlyCsvIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("cobb.csv"), "county,precinct,office,district,candidate,party,votes\n");

        CommandRun run = CommandRun.of("tabulate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bellwether: " + file + ": no results: the file holds no count for any choice"
                + " (a header with no records, or a file cut short?)\n");
    }

    @Test
    void anEmptyFolderIsRefusedAndImportStoresNothing() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path db = dir.resolve("results.db");

        CommandRun tabulate = CommandRun.of("tabulate", empty.toString());
        CommandRun imported = CommandRun.of("import", empty.toString(), "--db", db.toString());

        assertThat(tabulate.exitCode()).isEqualTo(2);
        assertThat(tabulate.err()).isEqualTo("bellwether: " + empty + ": the folder holds no results files (files"
                + " whose names start with '.' are skipped)\n");
        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(db).doesNotExist();
    }

    @Test
    void aCsvCutInsideItsLastNumberIsNoted() throws IOException {
        String csv = String.join("", Files.readString(COBB).lines().filter(l -> !l.contains(",TOTAL,"))
                .map(l -> l + "\n").toList());
        Path cut = Files.writeString(dir.resolve("cut.csv"), csv.substring(0, csv.length() - 2));
        Path whole = Files.writeString(dir.resolve("whole.csv"), csv);

        CommandRun cutRun = CommandRun.of("tabulate", cut.toString());
        CommandRun wholeRun = CommandRun.of("tabulate", whole.toString());

        assertThat(cutRun.exitCode()).isZero();
        assertThat(cutRun.out()).contains("openelections-csv: cut.csv: the last record has no line end, so the file"
                + " may have been cut short in it");
        assertThat(wholeRun.out()).doesNotContain("no line end");
    }

    @Test
    void aDateNoElectionWasHeldOnIsAUsageError() {
        CommandRun run = CommandRun.of("import", COBB.toString(), "--db", dir.resolve("r.db").toString(), "--name",
                "Runoff", "--date", "0000-01-01");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("bellwether: Invalid value for option '--date': '0000-01-01' is not an"
                + " election day: give one from 1788-01-01 to 2999-12-31");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }
}
