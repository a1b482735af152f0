package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String NIST = "formats/nist-err-v2/cdf-test-method/";
    private static final String CAMBRIDGE_XML = SharedData.file(NIST
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.xml").toString();
    private static final String CAMBRIDGE_JSON = SharedData.file(NIST
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.json").toString();
    private static final String RUNOFF = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();

    @Test
    void convertsTheGa06RunoffToNistXmlNamingTheSoftware(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("runoff.xml");

        CommandRun run = CommandRun.of("convert", RUNOFF, "--to", "nist-xml", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ElectionReport"
                + " xmlns=\"http://itl.nist.gov/ns/voting/1500-100/v2\"")
                .contains("<VendorApplicationId>Bellwether " + SoftwareVersion.get() + "</VendorApplicationId>");
        assertThat(dir.toFile().list()).containsExactly("runoff.xml");
    }

    @Test
    void whatConvertWritesEveryCommandReadsBackFromItsContentWhateverItsName(@TempDir Path dir) {
        Path json = dir.resolve("runoff.data");
        CommandRun.of("convert", RUNOFF, "--to", "nist-json", "--out", json.toString());

        CommandRun inspect = CommandRun.of("inspect", json.toString());
        CommandRun tabulate = CommandRun.of("tabulate", json.toString(), "--contest", "U.S. House, District 6");

        assertThat(inspect.out()).contains("format nist-err-json").containsPattern("134,799  Karen Handel \\(R\\)");
        assertThat(tabulate.exitCode()).isZero();
        assertThat(tabulate.out()).contains("Karen Handel");
        assertThat(CommandRun.of("reconcile", RUNOFF, json.toString()).exitCode()).isZero();
    }

    @Test
    void aNistFileImportsIntoTheStoreAndTabulatesFromIt(@TempDir Path dir) {
        String db = dir.resolve("results.db").toString();

        CommandRun imported = CommandRun.of("import", CAMBRIDGE_JSON, "--db", db);
        CommandRun tabulated = CommandRun.of("tabulate", "--as-of", "1", "--db", db, "--contest",
                "GOVERNOR AND LIEUTENANT GOVERNOR");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).startsWith("Stored version 1 of 2022-11-08-general-election in " + db
                + ": 2160 tallies");
        assertThat(tabulated.exitCode()).isZero();
        assertThat(tabulated.out()).contains("HEALEY AND DRISCOLL");
    }

    @Test
    void theXmlAndJsonOfCambridgeReconcileWithoutADifference() {
        CommandRun run = CommandRun.of("reconcile", CAMBRIDGE_XML, CAMBRIDGE_JSON, "--contest",
                "GOVERNOR AND LIEUTENANT GOVERNOR");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void writesCsvToStandardOutput() {
        CommandRun run = CommandRun.of("convert", CAMBRIDGE_JSON, "--to", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("county,precinct,office,district,party,candidate,votes\n"
                + "Cambridge,Precinct 1-1,Voters,,,Ballots Cast,628\n");
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        CommandRun run = CommandRun.of("convert", CAMBRIDGE_JSON, "--to", "pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown format 'pdf': expected nist-xml, nist-json or csv");
    }

    @Test
    void aHostileNistFileIsBadInputAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path hostile = Files.writeString(dir.resolve("x.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x"
                + " SYSTEM \"file:///etc/passwd\">]>\n<ElectionReport xmlns=\"http://itl.nist.gov/ns/voting/1500-100/v2\">"
                + "&x;</ElectionReport>\n");
        Path out = dir.resolve("out.json");

        CommandRun run = CommandRun.of("convert", hostile.toString(), "--to", "nist-json", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(hostile + ": line 2: a DOCTYPE declaration is not allowed");
        assertThat(out).doesNotExist();
    }
}
