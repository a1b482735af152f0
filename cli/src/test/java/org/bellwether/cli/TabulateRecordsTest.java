package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tabulate} of cast-vote records given without an RCTab configuration: counting RCTab's test files directly,
 * with the options their configuration has, gives the count the configuration gives (RCTab's summary from its
 * "Contest Summary" on, where neither the configuration's title nor its file names appear).
 */
class TabulateRecordsTest {

    private static final String RCTAB = "../formats/src/test/resources/org/bellwether/formats/cvr/rctab/";

    private static String summary(CommandRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().substring(run.out().indexOf("Contest Summary"));
    }

    private static String byConfig(String folder) {
        return summary(CommandRun.of("tabulate", RCTAB + folder + "/" + folder + "_config.json", "--format",
                "rctab-csv"));
    }

    private static String direct(String... args) {
        List<String> all = new ArrayList<>(List.of("tabulate"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "rctab-csv"));
        return summary(CommandRun.of(all.toArray(String[]::new)));
    }

    @Test
    void minneapolisMayor2017FromItsEssSpreadsheetAloneIsCountedAsItsConfigurationCountsIt() {
        String direct = direct(RCTAB + "2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx", "--rule", "irv",
                "--overvote-rule", "alwaysSkipToNextRank", "--batch-elimination", "--tiebreak-mode", "random",
                "--random-seed", "0");

        assertThat(direct).isEqualTo(byConfig("2017_minneapolis_mayor")).contains("Jacob Frey");
    }

    @Test
    void theParkBoardIsCountedByStvForThreeSeatsFromTheSpreadsheet() {
        String direct = direct(RCTAB + "_shared/2013_minneapolis_park_cvr.xlsx", "--rule", "stv", "--seats", "3",
                "--overvote-rule", "alwaysSkipToNextRank", "--max-skipped-ranks", "2", "--tiebreak-mode", "random",
                "--random-seed", "0");

        assertThat(direct).isEqualTo(byConfig("2013_minneapolis_park")).contains("JOHN ERWIN");
    }

    @Test
    void theParkBoardByHareQuota() {
        String direct = direct(RCTAB + "_shared/2013_minneapolis_park_cvr.xlsx", "--rule", "stv=3", "--quota", "hare",
                "--overvote-rule", "alwaysSkipToNextRank", "--max-skipped-ranks", "2", "--tiebreak-mode", "random",
                "--random-seed", "0");

        assertThat(direct).isEqualTo(byConfig("2013_minneapolis_park_hare"));
    }

    @Test
    void alaskaDominionExportNeedsItsContestAndThenCountsAsItsConfiguration() {
        String folder = RCTAB + "2024_alaska_dominion/partial_cvr";
        CommandRun none = CommandRun.of("tabulate", folder, "--rule", "irv");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("give --contest with one of").contains("7 (\"U.S. Representative\")");

        String direct = direct(folder, "--rule", "irv", "--contest", "U.S. Representative");

        assertThat(direct).isEqualTo(byConfig("2024_alaska_dominion")).contains("Peltola, Mary S.");
    }

    @Test
    void twoNistCdfFilesAreReadAsOne() {
        String dir = RCTAB + "test_set_8_multi_cdf/";
        String direct = direct(dir + "test_set_8_multi_cdf_cvr_1.json", dir + "test_set_8_multi_cdf_cvr_2.json",
                "--rule", "irv", "--max-skipped-ranks", "4", "--max-rankings", "4", "--decimal-places", "1",
                "--tiebreak-mode", "random", "--random-seed", "0");

        assertThat(direct).isEqualTo(byConfig("test_set_8_multi_cdf"));
    }

    @Test
    void clearBallotNamesItsContest() {
        String direct = direct(RCTAB + "clear_ballot_kansas_primary/clear_ballot_kansas_primary.cvr.csv", "--rule",
                "irv", "--max-rankings", "5", "--undeclared-write-in-label", "UWI", "--batch-elimination",
                "--tiebreak-mode", "random", "--random-seed", "0");

        assertThat(direct).isEqualTo(byConfig("clear_ballot_kansas_primary")).contains("Amy Klobuchar");
    }

    @Test
    void aGenericCsvOfCandidateColumnsIsFoundAndCounted() {
        String file = RCTAB + "generic_csv_test/generic_csv_test_cvr.csv";
        String direct = direct(file, "--cvr-format", "genericCsv", "--rule", "irv", "--max-rankings", "15",
                "--batch-elimination", "--tiebreak-mode", "useCandidateOrder");
        CommandRun unnamed = CommandRun.of("tabulate", file, "--rule", "irv");

        assertThat(direct).isEqualTo(byConfig("generic_csv_test"));
        // without --cvr-format a CSV of names and numbers is read as results, not guessed to be ranked ballots
        assertThat(unnamed.exitCode()).isNotZero();
        assertThat(unnamed.err()).doesNotContain("Lettuce");
    }

    @Test
    void aHartFolderNamesItsContestsById() {
        String folder = RCTAB + "_shared/hart_cvr_archive";
        CommandRun none = CommandRun.of("tabulate", folder, "--rule", "irv");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(ExitCodes.USAGE);

        String direct = direct(folder, "--rule", "irv", "--contest", "e9ca8235-893e-43df-93eb-3cc61eeb133c",
                "--tiebreak-mode", "random", "--random-seed", "9");

        assertThat(direct).isEqualTo(byConfig("hart_travis_county_officers"));
    }

    @Test
    void aNistCdfXmlReportOfSeveralContestsNamesItsContestByName() {
        String file = RCTAB + "unisyn_cvrs/101-RCV-CVT_TEST_3_UNIOVS2103-2.xml";
        CommandRun none = CommandRun.of("tabulate", file, "--rule", "irv");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("\"For City C Mayor (1/3)\"");

        String direct = direct(file, "--rule", "irv", "--contest", "For City C Mayor (1/3)", "--max-skipped-ranks",
                "4", "--max-rankings", "4", "--decimal-places", "1", "--tiebreak-mode", "random", "--random-seed", "0",
                "--undeclared-write-in-label", "UWI");

        assertThat(direct).isEqualTo(byConfig("unisyn_xml_cdf_city_mayor"));
    }

    @Test
    void theWrittenConfigurationIsReadBackToTheSameCount(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("mayor.json");
        CommandRun direct = CommandRun.of("tabulate", RCTAB + "2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx",
                "--rule", "irv", "--overvote-rule", "alwaysSkipToNextRank", "--batch-elimination", "--tiebreak-mode",
                "random", "--random-seed", "0", "--write-config", config.toString(), "--format", "rctab-csv");
        assertThat(direct.exitCode()).as(direct.err()).isZero();

        CommandRun again = CommandRun.of("tabulate", config.toString(), "--format", "rctab-csv");

        assertThat(again.out()).isEqualTo(direct.out());
        assertThat(Files.readString(config)).contains("\"provider\" : \"ess\"").contains("\"firstVoteColumnIndex\" :"
                + " \"2\"").contains("\"precinctColumnIndex\" : \"1\"").contains("\"maxRankingsAllowed\" : \"3\"")
                .contains("\"undeclaredWriteInLabel\" : \"UWI\"");
    }

    @Test
    void theTextShowsRoundsTransfersAndTheWinner() {
        CommandRun run = CommandRun.of("tabulate", RCTAB + "2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx",
                "--rule", "irv", "--overvote-rule", "alwaysSkipToNextRank", "--batch-elimination", "--tiebreak-mode",
                "random", "--random-seed", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("round 1").contains("transfers").endsWith("elected: Jacob Frey\nstatus: decided\n");
    }

    @Test
    void usageErrorsNameWhatIsMissing() {
        String mayor = RCTAB + "2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx";
        CommandRun seed = CommandRun.of("tabulate", mayor, "--rule", "irv", "--tiebreak-mode", "random");
        CommandRun seats = CommandRun.of("tabulate", mayor, "--rule", "stv");
        CommandRun rule = CommandRun.of("tabulate", mayor, "--cvr-format", "ess");
        CommandRun excluded = CommandRun.of("tabulate", mayor, "--rule", "irv", "--exclude", "Nobody");
        CommandRun format = CommandRun.of("tabulate", mayor, "--rule", "irv", "--cvr-format", "pdf");

        assertThat(seed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(seed.err()).contains("--tiebreak-mode random needs --random-seed N");
        assertThat(seats.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(seats.err()).contains("--rule stv needs the seats");
        assertThat(rule.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(rule.err()).contains("need --rule irv or --rule stv --seats N");
        assertThat(excluded.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(excluded.err()).contains("--exclude Nobody: not a candidate").contains("Jacob Frey");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--cvr-format must be one of ess, cdf");
    }

    @Test
    void aTieLeftToAskStopsWithExitFourByDefault() {
        CommandRun run = CommandRun.of("tabulate", RCTAB + "2015_portland_mayor/2015_portland_mayor_cvr.xlsx",
                "--rule", "irv", "--batch-elimination");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.TIE_PENDING);
        assertThat(run.err()).contains("--tie-answer 2:NAME").contains("\"Marshall, David A.\"");
    }

    @Test
    void rctabsCvrExportIsWrittenAsRctabWritesIt(@TempDir Path dir) throws Exception {
        String folder = RCTAB + "conversions_from_dominion/";
        List<String> expected = Files.readAllLines(Path.of(folder + "conversions_from_dominion_expected.csv"));
        CommandRun tabulate = CommandRun.of("tabulate", folder + "conversions_from_dominion_config.json", "--format",
                "rctab-cvr");
        Path out = dir.resolve("cvr.csv");
        CommandRun rcv = CommandRun.of("rcv", folder + "conversions_from_dominion_config.json", "--format",
                "rctab-cvr", "--out", out.toString());

        assertThat(tabulate.exitCode()).as(tabulate.err()).isZero();
        assertThat(tabulate.out().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(rcv.exitCode()).as(rcv.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(tabulate.out());
    }

    @Test
    void rctabsCvrExportOfASpreadsheetGivenAloneNamesItAsGiven() throws Exception {
        String file = RCTAB + "_shared/simple_ess_cvr.xlsx";
        List<String> expected = Files.readAllLines(Path.of(RCTAB + "conversions_from_ess/conversions_from_ess_expected.csv"));
        CommandRun run = CommandRun.of("tabulate", file, "--rule", "irv", "--format", "rctab-cvr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // the path is the one given, and the vendor id is found (the "Cast Vote Record" column, which RCTab's
        // configuration of this case leaves out): all else is RCTab's
        assertThat(run.out().lines().map(TabulateRecordsTest::pathAndVendorLeftOut)).containsExactlyElementsOf(
                expected.stream().map(TabulateRecordsTest::pathAndVendorLeftOut).toList());
        assertThat(run.out().lines().skip(1)).allMatch(l -> l.startsWith(Path.of(file).normalize() + ",ess,"));
        assertThat(run.out()).contains(",simple_ess_cvr.xlsx-10,,,10,,,Sedale Threatt,George Gervin,undervote\n");
    }

    private static String pathAndVendorLeftOut(String line) {
        String[] fields = line.split(",", -1);
        fields[0] = "";
        fields[6] = "";
        return String.join(",", fields);
    }

    @Test
    void everyFormatOfARankedCountIsWrittenForRecordsGivenAlone() {
        String mayor = RCTAB + "2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx";
        for (String format : List.of("json", "csv", "rctab-json", "nist-json", "nist-xml")) {
            CommandRun run = CommandRun.of("tabulate", mayor, "--rule", "irv", "--overvote-rule",
                    "alwaysSkipToNextRank", "--batch-elimination", "--tiebreak-mode", "random", "--random-seed", "0",
                    "--format", format);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).contains("Jacob Frey");
        }
    }
}
