package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.store.StoredCastVoteRecords;
import org.bellwether.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Cast-vote records through import, versions, tabulate --as-of and diff, on RCTab's real test elections. */
class CastVoteRecordCommandsTest {

    static final String RCTAB = "../formats/src/test/resources/org/bellwether/formats/cvr/rctab/";
    static final String MAYOR = RCTAB + "2013_minneapolis_mayor/2013_minneapolis_mayor_config.json";
    static final String GENERIC = RCTAB + "generic_csv_test/";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("store.db").toString();
    }

    @Test
    void storesMinneapolisMayorOnceAndCountsTheStoredVersionAsTheFile() throws IOException {
        CommandRun first = CommandRun.of("import", MAYOR, "--db", db());
        CommandRun again = CommandRun.of("import", MAYOR, "--db", db());
        CommandRun versions = CommandRun.of("versions", "--db", db());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Stored version 1 of undated-2013-minneapolis-mayor in ")
                .contains(": 80101 cast-vote records, ").endsWith(" rows stored (its first version).\n");
        assertThat(again.out()).startsWith("Unchanged: the same bytes as version 1 of undated-2013-minneapolis-mayor");
        assertThat(versions.out()).contains("  2013 Minneapolis Mayor: 80101 cast-vote records, ");

        Path fromFile = dir.resolve("file.json");
        Path fromStore = dir.resolve("store.json");
        assertThat(CommandRun.of("tabulate", MAYOR, "--format", "rctab-json", "--out", fromFile.toString())
                .exitCode()).isZero();
        CommandRun stored = CommandRun.of("tabulate", "--as-of", "1", "--db", db(), "--format", "rctab-json", "--out",
                fromStore.toString());
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(Files.readAllBytes(fromStore)).isEqualTo(Files.readAllBytes(fromFile));
        assertThat(Files.readString(fromStore)).contains("\"BETSY HODGES\" : \"38852\"");

        CommandRun text = CommandRun.of("tabulate", "--as-of", "1", "--db", db());
        assertThat(text.out()).startsWith("2013 Minneapolis Mayor\n").contains("stored: version 1\n").contains("\nround 33  (threshold ")
                .endsWith("elected: BETSY HODGES\nstatus: decided\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ess", "cdf", "dominion"})
    void exportsAStoredVersionAsItsFilesGiveIt(String provider) throws IOException {
        String folder = RCTAB + "conversions_from_" + provider + "/conversions_from_" + provider;
        CommandRun imported = CommandRun.of("import", folder + "_config.json", "--db", db());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path fromFile = dir.resolve("file.csv");
        Path fromStore = dir.resolve("store.csv");

        assertThat(CommandRun.of("tabulate", folder + "_config.json", "--format", "rctab-cvr", "--out",
                fromFile.toString()).exitCode()).isZero();
        CommandRun stored = CommandRun.of("tabulate", "--as-of", "1", "--db", db(), "--format", "rctab-cvr",
                "--out", fromStore.toString());
        CommandRun shown = CommandRun.of("tabulate", "--as-of", "1", "--db", db(), "--format", "rctab-cvr");

        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(Files.readAllBytes(fromStore)).isEqualTo(Files.readAllBytes(fromFile));
        assertThat(Files.readString(fromStore)).isEqualTo(Files.readString(Path.of(folder + "_expected.csv")));
        assertThat(shown.out()).isEqualTo(Files.readString(fromFile));
    }

    @Test
    void aVersionStoredBeforeSchemaFiveSaysItHoldsNoRctabIds() {
        RankedBallots none = RankedBallots.builder(new Contest("Mayor", 1, List.of(Choice.named("A"))), -1, false)
                .keepingIdentities().build();
        VersionInfo v = new VersionInfo(7, "e", "E", Instant.EPOCH, "bw", List.of(), 0, 0, 0);
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create());

        assertThatThrownBy(() -> StoredCounts.writeExport(new StoredCastVoteRecords(v, "{}", none, false), null, cl))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--format rctab-cvr --as-of 7: version 7 was stored before schema 5 and holds no RCTab"
                        + " ids of its ballots (source, RCTab id, vendor id, precinct portion); import its files"
                        + " again to store a version that has them");
    }

    @Test
    void diffNamesEachBallotAddedRemovedOrChangedAndWhatTheCountDoesWithThem() throws IOException {
        Path original = copy("original");
        Path corrected = copy("corrected");
        Path csv = corrected.resolve("generic_csv_test_cvr.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String changed = lines.get(1);
        String removed = lines.get(2);
        lines.set(1, changed.substring(0, changed.indexOf(",b1,") + 4) + "1,,,,");
        lines.remove(2);
        lines.add("R_added,p9,b9,1,,,,");
        Files.write(csv, lines);

        assertThat(CommandRun.of("import", original.resolve("generic_csv_test_config.json").toString(), "--db", db())
                .exitCode()).isZero();
        CommandRun second = CommandRun.of("import", corrected.resolve("generic_csv_test_config.json").toString(),
                "--db", db());
        assertThat(second.out()).as(second.err()).contains("(after version 1).");
        CommandRun diff = CommandRun.of("diff", "1", "2", "--db", db());

        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.DIFFERENCES);
        String id = changed.substring(0, changed.indexOf(','));
        assertThat(diff.out()).contains(removed.substring(0, removed.indexOf(',')) + "  removed")
                .contains("R_added")
                .containsPattern(id + "\\s+changed\\s+1 Cucumber; 2 Broccoli \\(precinct p1, batch b1\\)\\s+1 Lettuce"
                        + " \\(precinct p1, batch b1\\)")
                .contains("The count, round by round, where it differs:")
                .endsWith("1 added, 1 removed, 1 changed: 3 ballots differ between versions 1 and 2.\n");
        assertThat(CommandRun.of("diff", "1", "1", "--db", db()).exitCode()).isZero();
    }

    @Test
    void diffRefusesAVersionOfResultsBesideOneOfCastVoteRecords() {
        CommandRun.of("import", MAYOR, "--db", db());
        CommandRun.of("import", "../examples/ga06-2017/sos/export-2017JunSpecRun.json", "--db", db());

        CommandRun diff = CommandRun.of("diff", "1", "2", "--db", db());

        assertThat(diff.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(diff.err()).contains("version 1 holds cast-vote records and version 2 results");
    }

    @Test
    void tabulateCountsAConfigurationUnderAnotherRule() {
        CommandRun run = CommandRun.of("tabulate", MAYOR, "--rule", "stv", "--seats", "2");
        CommandRun alias = CommandRun.of("tabulate", MAYOR, "--rule", "stv=2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("single transferable vote for 2 seats").contains("elected: BETSY HODGES, ");
        assertThat(alias.out()).isEqualTo(run.out());
        assertThat(CommandRun.of("tabulate", MAYOR, "--rule", "stv=3", "--seats", "2").err())
                .contains("--rule stv=3 and --seats 2 disagree");
        assertThat(CommandRun.of("tabulate", MAYOR, "--rule", "plurality").err())
                .contains("--rule plurality cannot count ranked ballots: give --rule irv or --rule stv [--seats N]");
    }

    @Test
    void writesRctabsSpreadsheetAndALongCsvOfTheRounds(@TempDir Path out) throws IOException {
        String portland = RCTAB + "2015_portland_mayor/2015_portland_mayor_config.json";
        CommandRun sheet = CommandRun.of("tabulate", portland, "--format", "rctab-csv");
        CommandRun csv = CommandRun.of("tabulate", portland, "--format", "csv");

        assertThat(sheet.exitCode()).as(sheet.err()).isZero();
        String expected = Files.readString(Path.of(RCTAB + "2015_portland_mayor/"
                + "2015_portland_mayor_expected_detailed_report.csv"));
        assertThat(sheet.out().replaceFirst("Generated By,[^\n]*", ""))
                .isEqualTo(expected.replaceFirst("Generated By,[^\n]*", ""));
        assertThat(sheet.out()).contains("\nGenerated By,bellwether ");
        assertThat(csv.out()).startsWith("pass,round,kind,name,to,votes,reason\n1,1,threshold,,,50,\n")
                .contains("\n1,14,elected,\"Mavodones, Nicholas M. Jr.\",,,")
                .contains("\n1,1,transfer,\"Strimling, Ethan K.\",\"Vail, Christopher L.\",1,\n");
        assertThat(CommandRun.of("tabulate", portland, "--format", "rctab-csv", "--out", out.resolve("s.csv")
                .toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("s.csv"))).isEqualTo(sheet.out());
        CommandRun nist = CommandRun.of("tabulate", portland, "--format", "nist-json");
        assertThat(nist.out()).contains("\"@type\": \"ElectionResults.ElectionReport\"")
                .contains("\"StartDate\": \"2015-11-03\"").contains("\"Round\": 14,");
        CommandRun xml = CommandRun.of("tabulate", portland, "--format", "nist-xml");
        assertThat(xml.out()).contains("<StartDate>2015-11-03</StartDate>").contains("<Round>14</Round>");
        assertThat(CommandRun.of("tabulate", "../examples/ga06-2017/sos/export-2017JunSpecRun.json", "--format",
                "rctab-csv").err()).contains("--format rctab-csv is not a format of a results report (text, json,"
                + " csv); it is written for ranked counts from cast-vote records");
    }

    private Path copy(String name) throws IOException {
        Path to = Files.createDirectories(dir.resolve(name));
        for (String f : List.of("generic_csv_test_config.json", "generic_csv_test_cvr.csv")) {
            Files.copy(Path.of(GENERIC + f), to.resolve(f));
        }
        return to;
    }
}
