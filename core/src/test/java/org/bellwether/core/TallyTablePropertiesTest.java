package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the tally table, each checked over {@value #CASES} seeded generated tables. */
class TallyTablePropertiesTest {

    private static final int CASES = 500;
    private static final int CONTESTS = 3;
    private static final int CHOICES = 7;

    @Test
    void choiceTotalsDoNotDependOnTheOrderRowsArriveIn() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Tally> rows = generated(seed);
            List<Tally> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, new Random(seed));

            assertThat(totals(shuffled)).as("case %d", seed).containsExactly(totals(rows));
        }
    }

    @Test
    void everyVoteAddedIsCountedOnce() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Tally> rows = generated(seed);
            long sum = rows.stream().mapToLong(Tally::votes).sum();

            assertThat(Arrays.stream(totals(rows)).sum()).as("case %d", seed).isEqualTo(sum);
        }
    }

    @Test
    void eachChoiceOfEachContestTotalsWhatWasAddedForIt() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Tally> rows = generated(seed);
            long[][] expected = new long[CONTESTS][CHOICES];
            rows.forEach(t -> expected[t.contest()][t.choice()] += t.votes());
            TallyTable table = table(rows);

            for (int c = 0; c < CONTESTS; c++) {
                assertThat(table.choiceTotals(c, CHOICES)).as("case %d, contest %d", seed, c)
                        .containsExactly(expected[c]);
            }
        }
    }

    @Test
    void aRowAddedTwiceIsTheDuplicateOfTheFirst() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Tally> rows = generated(seed);
            TallyTable.Builder builder = TallyTable.builder();
            rows.forEach(t -> builder.add(t.contest(), t.choice(), t.unit(), t.voteType(), t.votes()));
            for (int row = 0; row < rows.size(); row += 7) {
                Tally t = rows.get(row);
                assertThat(builder.add(t.contest(), t.choice(), t.unit(), t.voteType(), 1)).as("case %d", seed)
                        .isEqualTo(row);
            }
        }
    }

    /**
     * Up to 2,000 rows over 3 contests, 7 choices and 3 vote types, each key once, units in a random order of
     * their own (as Clarity's vote-type-major order comes back to a unit); vote counts from 0 to a million.
     */
    private static List<Tally> generated(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int size = random.nextInt(2_000);
        List<Tally> rows = new ArrayList<>(size);
        int units = 1 + size / (CONTESTS * CHOICES * 3);
        for (int i = 0; i < size; i++) {
            int contest = i % CONTESTS;
            int choice = i / CONTESTS % CHOICES;
            int voteType = i / (CONTESTS * CHOICES) % 3;
            int unit = i / (CONTESTS * CHOICES * 3);
            rows.add(new Tally(contest, choice, unit < units ? unit : 0, voteType, random.nextInt(1_000_001)));
        }
        Collections.shuffle(rows, new Random(seed ^ 0x5DEECE66DL));
        return rows;
    }

    private static TallyTable table(List<Tally> rows) {
        TallyTable.Builder builder = TallyTable.builder();
        rows.forEach(t -> assertThat(builder.add(t.contest(), t.choice(), t.unit(), t.voteType(), t.votes())).isEqualTo(-1));
        return builder.build();
    }

    private static long[] totals(List<Tally> rows) {
        long[] all = new long[CHOICES];
        long[][] byContest = table(rows).choiceTotals(new int[] {CHOICES, CHOICES, CHOICES});
        for (long[] contest : byContest) {
            for (int c = 0; c < CHOICES; c++) {
                all[c] += contest[c];
            }
        }
        return all;
    }
}
