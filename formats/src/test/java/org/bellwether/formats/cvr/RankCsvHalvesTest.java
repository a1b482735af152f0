package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rank-column CSV read by halves on two threads gives the one-thread read's ballots exactly (groups in order of
 * first appearance, counts, marks, slices), on RCTab's real ES&amp;S elections written out as CSV and on generated
 * files with awkward cuts; and where the cut is not proved safe (a quoted field, an error, a field count the
 * first record does not have), the halves add nothing and the one-thread read, with its error, is what is seen.
 */
class RankCsvHalvesTest {

    @TempDir
    Path dir;

    static Stream<String> essCases() throws Exception {
        return RctabGoldenTest.cases().filter(name -> {
            try {
                String config = Files.readString(RctabGoldenTest.config(RctabGoldenTest.root().resolve(name)));
                return config.contains("\"ess\"") && config.contains(".xlsx");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("essCases")
    void realEssElectionsWrittenAsCsvReadByHalvesAsOnOneThread(String name) throws Exception {
        RctabConfig read = asCsvConfig(name, "\n");
        for (CvrSource source : read.sources()) {
            RankedBallots.Builder halves = CastVoteRecords.builder(read);
            boolean split = CastVoteRecords.readByHalves(read, source, CastVoteRecords.names(read), halves, 0);
            RankedBallots one = oneThread(read, source);
            if (!Files.readString(source.path()).contains("\"")) {
                assertThat(split).as("a file without quotes is split").isTrue();
            }
            if (split) {
                assertSame(halves.build(), one);
            } else {
                assertThat(halves.build().ballots()).isZero();
            }
        }
    }

    @Test
    void aRealElectionWithCrlfLinesIsSplitAndMatches() throws Exception {
        RctabConfig read = asCsvConfig("2017_minneapolis_mayor", "\r\n");
        CvrSource source = read.sources().get(0);
        assertThat(Files.readString(source.path())).doesNotContain("\"").contains("\r\n");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isTrue();
        RankedBallots one = oneThread(read, source);
        assertThat(one.ballots()).isGreaterThan(100_000);
        assertSame(halves.build(), one);
    }

    /** An RCTab case's configuration with each xlsx source written out as CSV beside it, lines ended so. */
    private RctabConfig asCsvConfig(String name, String lineEnd) throws Exception {
        Path caseDir = RctabGoldenTest.root().resolve(name);
        String config = Files.readString(RctabGoldenTest.config(caseDir));
        RctabConfig original = RctabConfigReader.read(RctabGoldenTest.config(caseDir));
        for (CvrSource source : original.sources()) {
            Path csv = dir.resolve(source.path().getFileName() + ".csv");
            asCsv(source.path(), csv, lineEnd);
            config = config.replace("\"" + caseDir.relativize(source.path()) + "\"",
                    "\"" + csv.toString().replace("\\", "\\\\") + "\"");
        }
        Path copy = dir.resolve(name + "_config.json");
        Files.writeString(copy, config);
        RctabConfig read = RctabConfigReader.read(copy);
        for (CvrSource source : read.sources()) {
            assertThat(source.path().toString()).endsWith(".csv");
        }
        return read;
    }

    @Test
    void aCrlfFileByPrecinctIsSplitAndMatches() throws Exception {
        RctabConfig read = config(generated(20_000, "\r\n"), true, "3", "2");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isTrue();
        RankedBallots one = oneThread(read, read.sources().get(0));
        assertThat(one.sliceNames()).hasSizeGreaterThan(1);
        assertSame(halves.build(), one);
    }

    @Test
    void aQuotedFieldAcrossTheCutLeavesTheFileToOneThread() throws Exception {
        // a note column (not a rank) whose quoted text holds lines that parse as ballots when read from the cut
        String rows = generated(2_000, "\n").replace("\n", ",n\n").replaceFirst(",n\n", ",note\n");
        int start = rows.indexOf('\n', rows.length() / 2 - 5_000) + 1;
        String fake = "b-9,P1,Ada,Grace,,x";
        String quoted = rows.substring(0, start) + "b-x,P1,Ada,,,\"" + (fake + "\n").repeat(500) + fake + "\"\n"
                + rows.substring(start);
        RctabConfig read = config(quoted, false, "3", "2");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isFalse();
        assertThat(halves.build().ballots()).isZero();
        assertThat(CastVoteRecords.read(read).ballots()).isEqualTo(2_001);
    }

    @Test
    void aQuotedFieldInTheSecondHalfOnlyIsSplitAndMatches() throws Exception {
        String rows = generated(2_000, "\n");
        String quoted = rows.substring(0, rows.length() - 1) + "\n\"b-\n1\",P1,Ada,Grace,\n";
        RctabConfig read = config(quoted, false, "3", "2");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isTrue();
        assertSame(halves.build(), oneThread(read, read.sources().get(0)));
    }

    @Test
    void anErrorInTheSecondHalfIsTheOneThreadReadsError() throws Exception {
        RctabConfig read = config(generated(2_000, "\n") + "b-z,P1,Ada,Nobody,\n", false, "3", "2");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isFalse();
        assertThat(halves.build().ballots()).isZero();
        assertThatThrownBy(() -> CastVoteRecords.read(read)).isInstanceOf(InputException.class)
                .hasMessage("cvr.csv: line 2002: candidate \"Nobody\" is not a candidate or alias of the"
                        + " configuration");
    }

    @Test
    void aSecondHalfWithAnotherFieldCountIsLeftToTheOneThreadRead() throws Exception {
        String rows = generated(2_000, "\n");
        int middle = rows.indexOf('\n', rows.length() / 2 + 100) + 1;
        String wider = rows.substring(0, middle) + rows.substring(middle).replace("\n", ",\n");
        RctabConfig read = config(wider, false, "3", "2");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isFalse();
        assertThatThrownBy(() -> CastVoteRecords.read(read)).isInstanceOf(InputException.class)
                .hasMessageContaining("is not valid CSV");
    }

    @Test
    void headingRowsBeyondTheCutAreLeftToTheOneThreadRead() throws Exception {
        RctabConfig read = config(generated(10, "\n"), false, "3", "9");
        RankedBallots.Builder halves = CastVoteRecords.builder(read);
        assertThat(readByHalves(read, halves)).isFalse();
        assertThat(CastVoteRecords.read(read).ballots()).isEqualTo(3);
    }

    private static boolean readByHalves(RctabConfig read, RankedBallots.Builder into) {
        return CastVoteRecords.readByHalves(read, read.sources().get(0), CastVoteRecords.names(read), into, 0);
    }

    private static RankedBallots oneThread(RctabConfig read, CvrSource source) {
        RankedBallots.Builder b = CastVoteRecords.builder(read);
        CastVoteRecords.readRankCsv(source.path(), new RankColumns(source.path().getFileName().toString(), source,
                CastVoteRecords.names(read), read.undeclaredWriteInIndex(), read.maxRankings(), b,
                read.keptByBatch()));
        return b.build();
    }

    /** A heading row, then ballots over three precincts with skips, overvotes and blank ballots. */
    private static String generated(int ballots, String lineEnd) {
        String[] names = {"Ada", "Grace", "overvote", "undervote", ""};
        StringBuilder csv = new StringBuilder("id,precinct,r1,r2,r3" + lineEnd);
        long seed = 42;
        for (int i = 0; i < ballots; i++) {
            csv.append("b-").append(i).append(",P").append(i % 3);
            for (int r = 0; r < 3; r++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                csv.append(',').append(names[(int) ((seed >>> 33) % names.length)]);
            }
            csv.append(lineEnd);
        }
        return csv.toString();
    }

    private RctabConfig config(String cvr, boolean byPrecinct, String firstVoteColumn, String firstVoteRow)
            throws IOException {
        Files.writeString(dir.resolve("cvr.csv"), cvr);
        Files.writeString(dir.resolve("g_config.json"), """
                {"outputSettings": {"contestName": "Mayor", "tabulateByPrecinct": %s},
                 "cvrFileSources": [{"filePath": "cvr.csv", "provider": "ess", "firstVoteColumnIndex": "%s",
                   "firstVoteRowIndex": "%s", "idColumnIndex": "1", "precinctColumnIndex": "2",
                   "overvoteLabel": "overvote", "skippedRankLabel": "undervote"}],
                 "candidates": [{"name": "Ada"}, {"name": "Grace"}],
                 "rules": {"winnerElectionMode": "singleWinnerMajority", "overvoteRule": "exhaustImmediately",
                   "tiebreakMode": "stopCountingAndAsk", "maxRankingsAllowed": "3"}}
                """.formatted(byPrecinct, firstVoteColumn, firstVoteRow));
        return RctabConfigReader.read(dir.resolve("g_config.json"));
    }

    /** The first sheet of an xlsx workbook as CSV, every row padded to the widest, quoting where CSV must. */
    static void asCsv(Path xlsx, Path csv, String lineEnd) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int[] width = {0};
        try (XlsxSheet sheet = XlsxSheet.open(xlsx)) {
            sheet.rows(row -> {
                int w = row.size() == 0 ? 0 : row.columns()[row.size() - 1] + 1;
                String[] cells = new String[w];
                for (int i = 0; i < row.size(); i++) {
                    cells[row.columns()[i]] = row.texts()[i];
                }
                width[0] = Math.max(width[0], w);
                rows.add(cells);
            });
        }
        StringBuilder out = new StringBuilder();
        for (String[] cells : rows) {
            for (int c = 0; c < width[0]; c++) {
                String cell = c < cells.length && cells[c] != null ? cells[c] : "";
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        || cell.contains("\r");
                out.append(c == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(lineEnd);
        }
        Files.writeString(csv, out);
    }

    static void assertSame(RankedBallots actual, RankedBallots expected) {
        assertThat(actual.ballots()).isEqualTo(expected.ballots());
        assertThat(actual.groups()).isEqualTo(expected.groups());
        assertThat(actual.sliceNames()).isEqualTo(expected.sliceNames());
        assertThat(actual.bySlice()).isEqualTo(expected.bySlice());
        for (int g = 0; g < expected.groups(); g++) {
            assertThat(actual.marks(g)).as("group %d", g).isEqualTo(expected.marks(g));
            assertThat(actual.count(g)).as("group %d", g).isEqualTo(expected.count(g));
            assertThat(actual.slice(g)).as("group %d", g).isEqualTo(expected.slice(g));
        }
    }
}
