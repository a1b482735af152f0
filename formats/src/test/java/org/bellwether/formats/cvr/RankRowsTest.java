package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A count of an ES&amp;S sheet given without a configuration takes the rows its discovery kept and reads the file
 * once: the ballots (groups in order of first appearance, counts, marks) and every error (file, row or line,
 * problem) are those of a read of the file, shown on RCTab's real ES&amp;S exports, as xlsx and written out as CSV,
 * under the options that change what a cell means (ranks read, the write-in label). The file is deleted between
 * discovery and the count, so a count that read it again would fail.
 */
class RankRowsTest {

    @TempDir
    Path dir;

    static Stream<Path> sheets() throws Exception {
        try (Stream<Path> files = Files.walk(RctabGoldenTest.root())) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList().stream();
        }
    }

    /** Ranks read and the undeclared write-in label as the options set them; null: the discovered default. */
    private record Variant(String maxRankings, String writeInLabel) {
    }

    private static final List<Variant> VARIANTS = List.of(new Variant(null, null), new Variant("2", null),
            new Variant("max", null), new Variant(null, "Write-in"), new Variant("1", ""));

    @ParameterizedTest
    @MethodSource("sheets")
    void aSheetCountedFromItsDiscoveryIsTheFilesCountWithoutReadingItAgain(Path sheet) throws Exception {
        Path xlsx = Files.copy(sheet, dir.resolve(sheet.getFileName()));
        Path csv = dir.resolve(sheet.getFileName() + ".csv");
        RankCsvHalvesTest.asCsv(sheet, csv, "\n");
        for (Path file : List.of(xlsx, csv)) {
            CvrDiscovery.Layout layout;
            try {
                layout = CvrDiscovery.discover(file, "ess");
            } catch (InputException e) {
                continue; // a sheet without rank headings needs its configuration; discovery says so (elsewhere)
            }
            assertThat(layout.rows().kept()).as("rows kept of " + file).isTrue();
            List<RctabConfig> configs = new ArrayList<>();
            List<Object> expected = new ArrayList<>();
            for (Variant v : VARIANTS) {
                RctabConfig config = config(layout, v);
                configs.add(config);
                expected.add(outcome(() -> CastVoteRecords.read(config)));
            }
            Files.delete(file);
            for (int i = 0; i < configs.size(); i++) {
                RctabConfig config = configs.get(i);
                Object actual = outcome(() -> CastVoteRecords.read(config, false, null, List.of(layout.rows())));
                assertEqual(actual, expected.get(i), file + " " + VARIANTS.get(i));
            }
        }
    }

    @Test
    void theMinneapolisMayorsWriteInUnderAnotherLabelFailsAtTheRowTheFileReadFailsAt() throws Exception {
        Path sheet = RctabGoldenTest.root().resolve("2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx");
        Path csv = dir.resolve("mayor.csv");
        RankCsvHalvesTest.asCsv(sheet, csv, "\r\n");
        for (Path file : List.of(sheet, csv)) {
            CvrDiscovery.Layout layout = CvrDiscovery.discover(file, "ess");
            RctabConfig config = config(layout, new Variant(null, "Write-in"));
            Object read = outcome(() -> CastVoteRecords.read(config));
            Object kept = outcome(() -> CastVoteRecords.read(config, false, null, List.of(layout.rows())));
            assertThat(read).isInstanceOf(String.class).asString().contains("candidate \"UWI\" is not a candidate");
            assertThat(kept).isEqualTo(read);
        }
        assertThat(outcome(() -> CastVoteRecords.read(config(CvrDiscovery.discover(csv, "ess"),
                new Variant(null, "Write-in")), false, null, List.of(CvrDiscovery.discover(csv, "ess").rows()))))
                .asString().startsWith("mayor.csv: line ");
    }

    @Test
    void cellsOfSpacesAndControlCharactersMeanWhatTheCsvReadMakesOfThem() throws Exception {
        // a CSV cell is trimmed of control characters and spaces: a cell of them is blank, a skipped rank
        Path csv = dir.resolve("spaces.csv");
        Files.writeString(csv, "Cast Vote Record,Precinct,Choice 1,Choice 2,Choice 3\n"
                + "1,P1,Ada, \u00a0Bo ,Grace\n2,P1,\u0001,Ada,undervote\n3,P2,Grace,overvote,Ada\n"
                + "4,P2,Ada,\u00a0Bo,Grace\n5,P1,  Ada ,\t,\n6,P2,UWI,Ada,\n7,P1,Ada,,\n");
        CvrDiscovery.Layout layout = CvrDiscovery.discover(csv, "ess");
        assertThat(layout.contests().get(0).candidates()).extracting(CvrDiscovery.Candidate::name)
                .containsExactly("Ada", "\u00a0Bo", "Grace");
        RctabConfig config = config(layout, new Variant(null, null));
        RankedBallots read = CastVoteRecords.read(config);
        Files.delete(csv);
        RankedBallots kept = CastVoteRecords.read(config, false, null, List.of(layout.rows()));
        RankCsvHalvesTest.assertSame(kept, read);
        assertThat(kept.groups()).isEqualTo(5);
        assertThat(kept.ballots()).isEqualTo(7);
    }

    @Test
    void aCsvFieldTheCountsReadingRefusesLeavesTheFileToThatReading() throws Exception {
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, "Cast Vote Record,Precinct,Choice 1,Choice 2\n1," + "P".repeat(CvrLimits.MAX_CELL_CHARS
                + 1) + ",Ada,Grace\n2,P2,Grace,Ada\n");
        CvrDiscovery.Layout layout = CvrDiscovery.discover(csv, "ess");
        assertThat(layout.rows().kept()).isFalse();
        RctabConfig config = config(layout, new Variant(null, null));
        Object kept = outcome(() -> CastVoteRecords.read(config, false, null, List.of(layout.rows())));
        assertThat(kept).isEqualTo(outcome(() -> CastVoteRecords.read(config))).asString()
                .contains("long.csv: is not valid CSV: ").contains("CvrLimits.MAX_CELL_CHARS");
    }

    @Test
    void aCountKeepingEachBallotsIdentityReadsTheFile() throws Exception {
        Path sheet = Files.copy(RctabGoldenTest.root().resolve("2015_portland_mayor/2015_portland_mayor_cvr.xlsx"),
                dir.resolve("portland.xlsx"));
        CvrDiscovery.Layout layout = CvrDiscovery.discover(sheet, "ess");
        RctabConfig config = config(layout, new Variant(null, null));
        RankedBallots kept = CastVoteRecords.read(config, true, null, List.of(layout.rows()));
        RankedBallots read = CastVoteRecords.read(config, true);
        RankCsvHalvesTest.assertSame(kept, read);
        assertThat(kept.identities()).isPresent();
        assertThat(kept.identities().orElseThrow().size()).isEqualTo(read.identities().orElseThrow().size());
        Files.delete(sheet);
        assertThat(outcome(() -> CastVoteRecords.read(config, true, null, List.of(layout.rows())))).asString()
                .startsWith("portland.xlsx: ");
    }

    /** The ballots read, or the message of the bad input that stopped the read. */
    private static Object outcome(java.util.function.Supplier<RankedBallots> read) {
        try {
            return read.get();
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    private static void assertEqual(Object actual, Object expected, String what) {
        if (expected instanceof RankedBallots b) {
            assertThat(actual).as(what).isInstanceOf(RankedBallots.class);
            RankCsvHalvesTest.assertSame((RankedBallots) actual, b);
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    /** The configuration tabulate's options make of a discovered layout (as cli's CvrCount writes it). */
    private static RctabConfig config(CvrDiscovery.Layout layout, Variant v) {
        Map<String, String> settings = new LinkedHashMap<>(layout.settings());
        String ranks = settings.remove(CvrDiscovery.RANKS);
        if (v.writeInLabel() != null) {
            settings.put("undeclaredWriteInLabel", v.writeInLabel());
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("tiebreakMode", "stopCountingAndAsk");
        rules.put("overvoteRule", "exhaustImmediately");
        rules.put("winnerElectionMode", "singleWinnerMajority");
        rules.put("numberOfWinners", "1");
        rules.put("decimalPlacesForVoteArithmetic", "4");
        rules.put("maxSkippedRanksAllowed", "1");
        rules.put("maxRankingsAllowed", v.maxRankings() != null ? v.maxRankings() : ranks);
        String text = RctabConfigJson.write(new RctabConfigJson.Draft("Contest", List.of(new RctabConfigJson.Source(
                layout.path().toAbsolutePath().toString(), "ess", "", settings)), layout.contests().get(0)
                .candidates(), List.of(), rules));
        return RctabConfigReader.read("(options)", layout.path().toAbsolutePath().getParent(), text);
    }
}
