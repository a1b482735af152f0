package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The path a statewide read takes: a size hint of 131,072 tallies or more makes the builder keep large chunks and
 * share them with the table. Every row must come back as added, at every boundary of a chunk (full, one short,
 * one over) and with hints too small and too large.
 */
class LargeTallyTableTest {

    /** The smallest hint that leaves the small-chunk path: a quarter of it is 2^15 rows. */
    private static final int LARGE_HINT = 131_072;

    @Test
    void everyRowComesBackAtEveryChunkBoundary() {
        for (int rows : new int[] {LARGE_HINT - 1, LARGE_HINT, LARGE_HINT + 1, 200_000, 262_144, 262_145}) {
            check(LARGE_HINT, rows);
        }
    }

    @Test
    void aWrongHintChangesNoRow() {
        check(200_000, 70_001);
        check(200_000, 400_003);
        check(4_000_000, 300_000);
    }

    @Test
    void rowsAddedAfterABuildStayOutOfTheBuiltTable() {
        TallyTable.Builder builder = TallyTable.builder();
        builder.expect(200_000);
        for (int i = 0; i < 100_000; i++) {
            builder.add(0, i % 5, i / 5, 0, 1);
        }
        TallyTable first = builder.build();
        for (int i = 100_000; i < 200_000; i++) {
            builder.add(0, i % 5, i / 5, 0, 2);
        }

        assertThat(first.size()).isEqualTo(100_000);
        assertThat(first.choiceTotals(0, 5)).containsExactly(20_000, 20_000, 20_000, 20_000, 20_000);
        assertThat(builder.build().choiceTotals(0, 5)).containsExactly(60_000, 60_000, 60_000, 60_000, 60_000);
    }

    /** Adds {@code rows} tallies over 3 contests, 7 choices and 4 vote types; checks each row and each total. */
    private static void check(int hint, int rows) {
        TallyTable.Builder builder = TallyTable.builder();
        builder.expect(hint);
        SplittableRandom random = new SplittableRandom(rows);
        int[] votes = new int[rows];
        long[][] expected = new long[3][7];
        for (int i = 0; i < rows; i++) {
            votes[i] = random.nextInt(1_000);
            assertThat(builder.add(contest(i), choice(i), unit(i), voteType(i), votes[i])).isEqualTo(-1);
            expected[contest(i)][choice(i)] += votes[i];
        }
        TallyTable table = builder.build();

        assertThat(table.size()).as("rows, hint %d", hint).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            if (!table.get(i).equals(new Tally(contest(i), choice(i), unit(i), voteType(i), votes[i]))) {
                assertThat(table.get(i)).as("row %d of %d, hint %d", i, rows, hint)
                        .isEqualTo(new Tally(contest(i), choice(i), unit(i), voteType(i), votes[i]));
            }
        }
        for (int c = 0; c < 3; c++) {
            assertThat(table.choiceTotals(c, 7)).as("contest %d, %d rows", c, rows).containsExactly(expected[c]);
        }
        assertThat(table.choiceTotals(new int[] {7, 7, 7})).isDeepEqualTo(expected);
    }

    private static int contest(int i) {
        return i % 3;
    }

    private static int choice(int i) {
        return i / 3 % 7;
    }

    private static int voteType(int i) {
        return i / 21 % 4;
    }

    private static int unit(int i) {
        return i / 84;
    }
}
