package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RCTab's own test elections (real ones: Minneapolis 2013 mayor and park board, Portland 2015 mayor; and RCTab's
 * cases for each option), read from their configuration and cast-vote records and counted here: the summary must
 * equal RCTab's published expected summary field by field.
 */
class RctabGoldenTest {

    static Path root() throws URISyntaxException {
        return Path.of(RctabGoldenTest.class.getResource("rctab").toURI());
    }

    static Stream<String> cases() throws Exception {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> !d.getFileName().toString().startsWith("_"))
                    .filter(d -> Files.exists(config(d)) && Files.exists(expected(d))).map(d -> d.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    static Path expected(Path dir) {
        return dir.resolve(dir.getFileName() + "_expected_detailed_report.json");
    }

    static Path config(Path dir) {
        return dir.resolve(dir.getFileName() + "_config.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void summaryMatchesRctab(String name) throws Exception {
        Path dir = root().resolve(name);
        RctabConfig config = RctabConfigReader.read(config(dir));
        RankedBallots ballots = CastVoteRecords.read(config);
        RankedOutcome outcome = RankedTabulator.tabulate(ballots, config.rule());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RctabSummaryWriter.write(outcome, RctabSummaryWriter.Header.of(config, "Bellwether test"), out);
        List<String> differences;
        try (InputStream expected = Files.newInputStream(dir.resolve(name + "_expected_detailed_report.json"))) {
            differences = SummaryComparison.differences(expected, out.toByteArray());
        }
        assertThat(differences).as(name).isEmpty();
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
