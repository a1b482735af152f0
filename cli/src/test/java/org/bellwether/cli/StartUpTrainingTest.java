package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpTrainingTest {

    @TempDir
    Path dir;

    @Test
    void everyTrainingCommandRunsOnTheShippedExamples() throws IOException {
        Path large = dir.resolve("large.csv");
        Files.writeString(large, "county,precinct,office,district,party,candidate,votes\n"
                + "Fulton,1,Governor,,REP,Jane Doe,10\nFulton,1,Governor,,DEM,John Roe,12\n");

        assertThat(StartUpTraining.run(large, DemoCommand.ProjectHome.find(), dir.resolve("work"))).isEmpty();
        assertThat(dir.resolve("work/demo.db")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("work/april.xml"))).contains("<ElectionReport");
    }

    @Test
    void theTrainingBallotsCountTheSameFromTheirCdfJsonAndTheirRankCsv() throws IOException {
        Path config = TrainingCvrs.cdfJson(dir.resolve("cvr"));
        Path csv = TrainingCvrs.rankCsv(dir.resolve("cvr"));
        CommandRun json = CommandRun.of("tabulate", config.toString());
        CommandRun ranks = CommandRun.of("tabulate", csv.toString(), "--rule", "irv", "--tiebreak-mode",
                "useCandidateOrder");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(ranks.exitCode()).as(ranks.err()).isZero();
        assertThat(json.out()).contains("ballots: 40000 (1000 ranked nobody)").contains("round 7");
        assertThat(round(json.out())).isEqualTo(round(ranks.out())).contains("elected: Cal Cruz");
    }

    /**
     * The count's rounds, from the first round's line on (the headings name the files), as a sorted list of lines
     * with each line's transfers sorted: a count without a configuration lists the candidates in the order the
     * file first names them, the configuration in its own order.
     */
    private static List<String> round(String out) {
        return out.substring(out.indexOf("round 1")).lines().map(line -> {
            int at = line.indexOf("transfers: ");
            if (at < 0) {
                return line;
            }
            return line.substring(0, at) + Arrays.stream(line.substring(at + 11).split(", ")).sorted()
                    .collect(Collectors.joining(", "));
        }).sorted().toList();
    }
}
