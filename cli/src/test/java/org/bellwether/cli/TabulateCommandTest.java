package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabulateCommandTest {

    private static final String APRIL = SharedData.file("ga06-2017/sos/export-2017AprSpec.json").toString();
    private static final String PRECINCTS = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();

    @Test
    void tabulatesTheRunoffFromTheThreeCountyPrecinctFilesWithoutCountingTheirTotalRows() {
        CommandRun run = CommandRun.of("tabulate", PRECINCTS, "--by", "county");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Karen Handel\\s+R\\s+134,799")
                .containsPattern("Jon Ossoff\\s+D\\s+125,517");
    }

    @Test
    void precinctBreakdownListsEveryPrecinct() {
        CommandRun run = CommandRun.of("tabulate", PRECINCTS, "--by", "precinct", "--format", "csv");

        assertThat(run.out().lines().filter(l -> l.contains(",precinct,") && l.contains("Karen Handel"))).hasSize(
                (int) run.out().lines().filter(l -> l.contains(",precinct,") && l.contains("Jon Ossoff")).count());
        assertThat(run.out()).startsWith("election,contest,round,breakdown,unit,unit_id,county,fips,county_fips,rank,"
                + "choice,party,votes,percent,status\n")
                .contains(",precinct,Addison 01,Cobb/Addison 01,Cobb,,13067,,Karen Handel,R,737,")
                .doesNotContain("\n#");
    }

    @Test
    void asksForAContestByWordsOfItsName() {
        CommandRun run = CommandRun.of("tabulate", APRIL, "--contest", "senator", "--rule", "georgia");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("State Senator, District 32").doesNotContain("JON OSSOFF");
    }

    @Test
    void anUnknownContestIsAUsageErrorListingTheContests() {
        CommandRun run = CommandRun.of("tabulate", APRIL, "--contest", "Governor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no contest matches 'Governor'; contests: U.S. Representative, District 6;"
                + " State Senator, District 32");
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        CommandRun run = CommandRun.of("tabulate", APRIL, "--rule", "borda");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown rule 'borda'");
    }

    @Test
    void aPrecinctBreakdownOfCountyLevelResultsIsAUsageError() {
        CommandRun run = CommandRun.of("tabulate", APRIL, "--by", "precinct");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--by precinct: these files have no precinct-level results");
    }

    @Test
    void aFileThatDoesNotExistIsBadInput() {
        CommandRun run = CommandRun.of("tabulate", "missing.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bellwether: missing.csv: file does not exist");
    }

    @Test
    void writesTheOutputFileWholeAndLeavesNoPartialFileOnBadInput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.json");
        assertThat(CommandRun.of("tabulate", APRIL, "--format", "json", "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"contest\" : \"U.S. Representative, District 6\"");

        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Path other = dir.resolve("other.json");
        assertThat(CommandRun.of("tabulate", empty.toString(), "--out", other.toString()).exitCode()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("result.json", "empty.csv");
        }
    }
}
