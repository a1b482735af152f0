package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.ranked.RankedBallots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RCTab's normalised cast-vote-record export of its three conversion cases (ES&amp;S xlsx, two NIST CDF JSON files
 * with aliases, a Dominion export of 1,045 ballots with write-ins and overvotes), equal line for line to RCTab's own
 * expected files.
 */
class RctabCvrCsvGoldenTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"conversions_from_ess", "conversions_from_cdf", "conversions_from_dominion"})
    void exportMatchesRctab(String name) throws Exception {
        Path dir = RctabGoldenTest.root().resolve(name);
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(dir));
        RankedBallots ballots = CastVoteRecords.read(config, true);
        List<String> paths = config.sources().stream().map(s -> dir.relativize(s.path()).toString()).toList();
        StringWriter out = new StringWriter();

        RctabCvrCsvWriter.write(config, paths, ballots, out);

        List<String> expected = Files.readAllLines(dir.resolve(name + "_expected.csv"));
        assertThat(out.toString().lines().toList()).containsExactlyElementsOf(expected);
    }
}
