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
import org.bellwether.core.rule.SequentialRunoff;
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
                    .filter(d -> Files.exists(config(d)) && (Files.exists(expected(d)) || Files.exists(pass(d, 1))))
                    .map(d -> d.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    static Path expected(Path dir) {
        return dir.resolve(dir.getFileName() + "_expected_detailed_report.json");
    }

    static Path pass(Path dir, int n) {
        return dir.resolve(dir.getFileName() + "_" + n + "_expected_detailed_report.json");
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
        if (config.rule() instanceof SequentialRunoff sequential) {
            List<RankedOutcome> passes = RankedTabulator.passes(ballots, sequential);
            assertThat(passes).hasSize(sequential.seats());
            for (int i = 0; i < passes.size(); i++) {
                assertThat(differences(passes.get(i), config, pass(dir, i + 1))).as(name + " pass " + (i + 1))
                        .isEmpty();
            }
            return;
        }
        RankedOutcome outcome = RankedTabulator.tabulate(ballots, config.rule());
        assertThat(differences(outcome, config, expected(dir))).as(name).isEmpty();
    }

    static Stream<String> bySlice() throws Exception {
        Path root = root();
        return cases().filter(name -> Files.isDirectory(root.resolve(name).resolve(BY_PRECINCT))
                || Files.isDirectory(root.resolve(name).resolve(BY_BATCH)));
    }

    private static final String BY_PRECINCT = "Tabulate by Precinct";
    private static final String BY_BATCH = "Tabulate by Batch";

    @ParameterizedTest(name = "{0}")
    @MethodSource("bySlice")
    void eachPrecinctsOrBatchsSummaryMatchesRctab(String name) throws Exception {
        Path dir = root().resolve(name);
        boolean byBatch = Files.isDirectory(dir.resolve(BY_BATCH));
        String folder = byBatch ? BY_BATCH : BY_PRECINCT;
        RctabSummaryWriter.SliceKind kind = byBatch ? RctabSummaryWriter.SliceKind.BATCH
                : RctabSummaryWriter.SliceKind.PRECINCT;
        RctabConfig config = RctabConfigReader.read(config(dir));
        RankedOutcome outcome = RankedTabulator.tabulate(CastVoteRecords.read(config), config.rule());
        int compared = 0;
        for (org.bellwether.core.ranked.RankedSlice slice : outcome.slices()) {
            Path expected = dir.resolve(folder).resolve(name + "_expected_" + slice.name().replace(' ', '_')
                    + "_" + kind.key() + "_detailed_report.json");
            if (!Files.exists(expected)) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RctabSummaryWriter.write(outcome, slice, kind, RctabSummaryWriter.Header.of(config, "Bellwether test"),
                    out);
            try (InputStream in = Files.newInputStream(expected)) {
                assertThat(SummaryComparison.differences(in, out.toByteArray())).as(slice.name()).isEmpty();
            }
            compared++;
        }
        try (Stream<Path> files = Files.list(dir.resolve(folder))) {
            assertThat(compared).as(kind.key() + " summaries compared").isEqualTo(files.count()).isPositive();
        }
        long sum = outcome.slices().stream().mapToLong(org.bellwether.core.ranked.RankedSlice::ballots).sum();
        assertThat(sum).as("every ballot in one " + kind.key()).isEqualTo(outcome.ballots());
    }

    @org.junit.jupiter.api.Test
    void refusesWhatRctabRefuses() throws Exception {
        // RCTab's max_ranking_enforcement case has no expected summary: RCTab stops at the ranking beyond the limit.
        RctabConfig config = RctabConfigReader.read(config(root().resolve("max_ranking_enforcement")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CastVoteRecords.read(config))
                .isInstanceOf(org.bellwether.formats.InputException.class)
                .hasMessage("max_ranking_enforcement_cvr.csv: line 2, column 5: rank 4 is outside 1 to 3"
                        + " (maxRankingsAllowed)");
    }

    private static List<String> differences(RankedOutcome outcome, RctabConfig config, Path expected)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RctabSummaryWriter.write(outcome, RctabSummaryWriter.Header.of(config, "Bellwether test"), out);
        try (InputStream in = Files.newInputStream(expected)) {
            return SummaryComparison.differences(in, out.toByteArray());
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
