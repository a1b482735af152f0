package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A NIST CDF JSON report read by halves on two threads gives the one-thread read's ballots exactly, on RCTab's
 * real CDF JSON reports cut at each CVR; a cut anywhere else (inside a string, at a nested object, at an object
 * made to look like a CVR), an error in the second half or a top-level key read twice leaves the report to the
 * one-thread read, with its error, and adds nothing.
 */
class CdfJsonHalvesTest {

    private static final Pattern CVR_START = Pattern.compile("\\{\\s*\"@type\"\\s*:\\s*\"CVR(\\.CVR)?\"");
    private static final String SET_1 = "test_set_1_exhaust_at_overvote";

    @TempDir
    Path dir;

    static Stream<String> cdfJsonCases() throws Exception {
        return RctabGoldenTest.cases().filter(name -> {
            try {
                RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root()
                        .resolve(name)));
                return config.sources().stream().allMatch(s -> s.provider().equals("cdf")
                        && s.path().toString().endsWith(".json"));
            } catch (Exception e) {
                return false; // a case whose configuration is refused is RctabGoldenTest's to check
            }
        });
    }

    @ParameterizedTest
    @MethodSource("cdfJsonCases")
    void realReportsCutAtEachCvrReadAsOnOneThread(String name) throws Exception {
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root().resolve(name)));
        for (CvrSource source : config.sources()) {
            RankedBallots one = oneThread(config, source);
            List<Long> cuts = cvrStarts(source.path());
            assertThat(cuts).hasSizeGreaterThan(1);
            for (long cut : cuts) {
                RankedBallots.Builder halves = CastVoteRecords.builder(config);
                assertThat(readAt(config, source, cut, halves)).as("cut at %d", cut).isTrue();
                RankCsvHalvesTest.assertSame(halves.build(), one);
            }
            RankedBallots.Builder found = CastVoteRecords.builder(config);
            CdfJsonCvrReader.read(source, CastVoteRecords.names(config), config.undeclaredWriteInIndex(),
                    config.maxRankings(), found, () -> CastVoteRecords.builder(config), 0);
            RankCsvHalvesTest.assertSame(found.build(), one);
        }
    }

    @Test
    void aCutThatIsNotACvrStartAddsNothing() throws Exception {
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root().resolve(SET_1)));
        CvrSource source = config.sources().get(0);
        String text = Files.readString(source.path(), StandardCharsets.ISO_8859_1);
        List<Long> starts = cvrStarts(source.path());
        List<Long> others = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (!starts.contains((long) i) && (text.charAt(i) == '{' || i % 4 == 0 && (text.charAt(i) == '"'
                    || text.charAt(i - 1) == '"'))) {
                others.add((long) i); // nested objects, and the insides and edges of strings
            }
        }
        assertThat(others).hasSizeGreaterThan(100);
        for (long cut : others) {
            RankedBallots.Builder halves = CastVoteRecords.builder(config);
            assertThat(readAt(config, source, cut, halves)).as("cut at %d", cut).isFalse();
            assertThat(halves.build().ballots()).isZero();
        }
    }

    @Test
    void aNestedObjectMadeToLookLikeACvrIsNotACut() throws Exception {
        RctabConfig original = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root().resolve(SET_1)));
        String text = Files.readString(original.sources().get(0).path());
        int middle = text.indexOf("\"BallotPrePrintedId\"", text.length() / 2);
        String extra = "\"Extra\" : { \"@type\" : \"CVR.CVR\", \"BallotPrePrintedId\" : \"x\" },\n";
        RctabConfig config = copy(SET_1, text.substring(0, middle) + extra + text.substring(middle));
        CvrSource source = config.sources().get(0);
        RankedBallots.Builder halves = CastVoteRecords.builder(config);
        assertThat(readAt(config, source, middle + extra.indexOf('{'), halves)).isFalse();
        assertThat(halves.build().ballots()).isZero();
        RankCsvHalvesTest.assertSame(oneThread(config, source), oneThread(original, original.sources().get(0)));
    }

    @Test
    void anErrorInTheSecondHalfIsTheOneThreadReadsError() throws Exception {
        RctabConfig original = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root().resolve(SET_1)));
        String text = Files.readString(original.sources().get(0).path());
        String chosen = "\"ContestSelectionId\" : \"cs-a\"";
        int last = text.lastIndexOf(chosen);
        RctabConfig config = copy(SET_1, text.substring(0, last) + chosen.replace("cs-a", "cs-nobody")
                + text.substring(last + chosen.length()));
        CvrSource source = config.sources().get(0);
        long cut = cvrStarts(source.path()).get(3);
        RankedBallots.Builder halves = CastVoteRecords.builder(config);
        assertThat(readAt(config, source, cut, halves)).isFalse();
        assertThat(halves.build().ballots()).isZero();
        String expected = catchMessage(() -> oneThread(config, source));
        assertThat(expected).contains("cs-nobody");
        assertThatThrownBy(() -> CdfJsonCvrReader.read(source, CastVoteRecords.names(config),
                config.undeclaredWriteInIndex(), config.maxRankings(), CastVoteRecords.builder(config),
                () -> CastVoteRecords.builder(config), 0)).isInstanceOf(InputException.class).hasMessage(expected);
    }

    @Test
    void aTopLevelKeyReadInBothHalvesLeavesTheReportToOneThread() throws Exception {
        RctabConfig original = RctabConfigReader.read(RctabGoldenTest.config(RctabGoldenTest.root().resolve(SET_1)));
        String text = Files.readString(original.sources().get(0).path()).stripTrailing();
        RctabConfig config = copy(SET_1, text.substring(0, text.length() - 1) + ", \"@type\" : \"again\" }");
        CvrSource source = config.sources().get(0);
        RankedBallots.Builder halves = CastVoteRecords.builder(config);
        assertThat(readAt(config, source, cvrStarts(source.path()).get(5), halves)).isFalse();
        assertThatThrownBy(() -> oneThread(config, source)).isInstanceOf(InputException.class)
                .hasMessageContaining("twice");
    }

    private static String catchMessage(Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the read did not fail");
    }

    private RctabConfig copy(String name, String report) throws Exception {
        Path caseDir = RctabGoldenTest.root().resolve(name);
        Path json = dir.resolve(name + "_cvr.json");
        Files.writeString(json, report);
        String config = Files.readString(RctabGoldenTest.config(caseDir)).replace("\"" + name + "_cvr.json\"",
                "\"" + json.toString().replace("\\", "\\\\") + "\"");
        Path copy = dir.resolve(name + "_config.json");
        Files.writeString(copy, config);
        return RctabConfigReader.read(copy);
    }

    private static boolean readAt(RctabConfig config, CvrSource source, long cut, RankedBallots.Builder into)
            throws Exception {
        return CdfJsonCvrReader.readAt(source, CastVoteRecords.names(config), config.undeclaredWriteInIndex(),
                config.maxRankings(), cut, into, () -> CastVoteRecords.builder(config));
    }

    private static RankedBallots oneThread(RctabConfig config, CvrSource source) {
        RankedBallots.Builder b = CastVoteRecords.builder(config);
        CdfJsonCvrReader.read(source, CastVoteRecords.names(config), config.undeclaredWriteInIndex(),
                config.maxRankings(), b, () -> CastVoteRecords.builder(config), Long.MAX_VALUE);
        return b.build();
    }

    /** The byte offsets where the report's CVRs begin (the test files are ASCII, so chars are bytes). */
    private static List<Long> cvrStarts(Path report) throws Exception {
        String text = Files.readString(report, StandardCharsets.ISO_8859_1);
        List<Long> starts = new ArrayList<>();
        Matcher m = CVR_START.matcher(text);
        while (m.find()) {
            starts.add((long) m.start());
        }
        return starts;
    }
}
