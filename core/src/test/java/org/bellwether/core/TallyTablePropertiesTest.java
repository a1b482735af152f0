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

    /** Up to 500 rows over 7 choices, each key once; vote counts from 0 to a million. */
    private static List<Tally> generated(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int size = random.nextInt(500);
        List<Tally> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new Tally(0, i % 7, i / 7, 0, random.nextInt(1_000_001)));
        }
        return rows;
    }

    private static long[] totals(List<Tally> rows) {
        TallyTable.Builder builder = TallyTable.builder();
        rows.forEach(t -> assertThat(builder.add(t.contest(), t.choice(), t.unit(), t.voteType(), t.votes())).isEqualTo(-1));
        return builder.build().choiceTotals(0, 7);
    }
}
