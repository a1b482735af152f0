package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

    @Test
    void describesTheAprilExportsContestsUnitsAndVoteTypes() {
        String april = SharedData.file("ga06-2017/sos/export-2017AprSpec.json").toString();

        CommandRun run = CommandRun.of("inspect", april);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Election: April 18, 2017 - Special Election (2017-04-18), type special",
                "format georgia-sos-json  sha256 922fea3cb7e75b16d3f090d8b38d248e50000a56b114113bdd431149e96366fb",
                "Reporting units: [1 state, 3 county]",
                "U.S. Representative, District 6 (vote for 1): 18 choices, 192,569 votes",
                "State Senator, District 32 (vote for 1): 8 choices")
                .containsPattern("92,673  JON OSSOFF");
    }

    @Test
    void mergesTheThreeSpellingsOfThompsonOnlyThroughTheAliasFileAndSaysSo() throws Exception {
        String[] precinctFiles = kansasPrecinctFiles();
        String[] withAliases = Stream.concat(Stream.of("inspect", "--totals", "report", "--aliases",
                "../examples/ks04-2017/aliases.csv"), Stream.of(precinctFiles)).toArray(String[]::new);
        String[] without = Stream.concat(Stream.of("inspect", "--totals", "report"), Stream.of(precinctFiles))
                .toArray(String[]::new);

        assertThat(CommandRun.of(withAliases).out()).containsPattern("56,435  James A. Thompson")
                .contains("alias").doesNotContain("James Thompson (");
        assertThat(CommandRun.of(without).out()).containsPattern("55,941  James A. Thompson")
                .containsPattern("402  James Thompson").containsPattern("92  James A Thompson");
    }

    @Test
    void aTotalThatDisagreesWithItsPartsIsBadInputNamingTheLineAndBothNumbers() throws Exception {
        String[] args = Stream.concat(Stream.of("inspect"), Stream.of(kansasPrecinctFiles())).toArray(String[]::new);

        CommandRun run = CommandRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("greenwood__precinct.csv: line 11: votes 1 disagree with the vote-type columns:"
                + " advance + election + provisional = 0");
    }

    private static String[] kansasPrecinctFiles() throws Exception {
        Path dir = SharedData.file("specials-2017/ks04/20170411__ks__special__general__county.csv").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("__precinct.csv")).sorted()
                    .map(Path::toString).toArray(String[]::new);
        }
    }
}
