package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in a results file cannot forge a line or move the cursor in text output, and cannot become a formula in a
 * spreadsheet opened on CSV output; JSON keeps them as written (it escapes by its own rules).
 */
class ForgedNamesTest {

    private static final String FORGED = "Mallory\nFAKE LINE is elected.";
    private static final String ESC = "\u001B[2J\u001B[31mEve";
    private static final String FORMULA = "=HYPERLINK(\"http://x.example/\",\"click\")";

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void hostileFile() throws IOException {
        file = dir.resolve("cobb\u001B]0;title\u0007.csv");
        Files.writeString(file, "county,precinct,office,district,candidate,party,votes\n"
                + "Cobb,@SUM(A1),Mayor,,\"" + FORGED + "\",-1+1,10\n"
                + "Cobb,@SUM(A1),Mayor,,\"" + ESC + "\",+D,7\n"
                + "Cobb,@SUM(A1),Mayor,,\"" + FORMULA.replace("\"", "\"\"") + "\",R,3\n");
    }

    @Test
    void textOutputEscapesNewlinesAndEscapeSequences() {
        CommandRun run = CommandRun.of("tabulate", file.toString(), "--by", "precinct");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("FAKE LINE"));
        assertThat(run.out()).contains("Mallory\\nFAKE LINE is elected.", "\\x1B[2J\\x1B[31mEve",
                "cobb\\x1B]0;title\\x07.csv").doesNotContain("\u001B", "\u0007");
    }

    @Test
    void inspectAndVersionsEscapeNamesAndFileNames() {
        String db = dir.resolve("results.db").toString();
        CommandRun inspect = CommandRun.of("inspect", file.toString());
        CommandRun imported = CommandRun.of("import", file.toString(), "--db", db, "--name", "Town\nFAKE",
                "--date", "2024-11-05");
        CommandRun versions = CommandRun.of("versions", "--db", db);

        assertThat(imported.exitCode()).isZero();
        for (CommandRun run : List.of(inspect, imported, versions)) {
            assertThat(run.out()).doesNotContain("\u001B", "\u0007");
            assertThat(run.out().lines()).noneMatch(l -> l.startsWith("FAKE"));
        }
        assertThat(inspect.out()).contains("Mallory\\nFAKE LINE is elected.");
        assertThat(versions.out()).contains("Town\\nFAKE", "cobb\\x1B]0;title\\x07.csv");
    }

    @Test
    void anErrorMessageEscapesTheFileName() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad\u001B[2J\nFAKE.csv"), "not,a\nresults,file\n");

        CommandRun run = CommandRun.of("tabulate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("bellwether: " + dir + "/bad\\x1B[2J\\nFAKE.csv: ").doesNotContain("\u001B");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void csvOutputNeutralisesFormulaCells() throws IOException {
        Path report = dir.resolve("report.csv");
        Path converted = dir.resolve("converted.csv");
        CommandRun.of("tabulate", file.toString(), "--by", "precinct", "--format", "csv", "--out", report.toString());
        CommandRun.of("convert", file.toString(), "--to", "csv", "--out", converted.toString());

        List<String> cells = cells(report);
        assertThat(cells).contains("'" + FORMULA, "'@SUM(A1)", "'-1+1", "'+D", FORGED, "10")
                .noneMatch(c -> c.startsWith("=") || c.startsWith("@") || c.startsWith("+"));
        assertThat(cells(converted)).contains("'" + FORMULA, "'@SUM(A1)", "'-1+1", "'+D", "10")
                .noneMatch(c -> c.startsWith("=") || c.startsWith("@") || c.startsWith("+"));
    }

    @Test
    void jsonKeepsNamesAsWritten() {
        CommandRun run = CommandRun.of("tabulate", file.toString(), "--format", "json");

        assertThat(run.out()).contains("Mallory\\nFAKE LINE is elected.", "\\u001B[2J", "=HYPERLINK(");
    }

    private static List<String> cells(Path csv) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
                .commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP).ofCsvRecord(csv)) {
            return reader.stream().flatMap(r -> r.getFields().stream()).toList();
        }
    }
}
