package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TallyTablePropertiesTest {

    @Property
    void choiceTotalsDoNotDependOnTheOrderRowsArriveIn(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 100_000) Integer> votes,
            @ForAll long shuffleSeed) {
        List<Tally> rows = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            rows.add(new Tally(0, i % 4, i / 4, 0, votes.get(i)));
        }
        List<Tally> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        assertThat(totals(shuffled)).containsExactly(totals(rows));
    }

    @Property
    void everyVoteAddedIsCountedOnce(@ForAll @Size(max = 500) List<@IntRange(min = 0, max = 1_000_000) Integer> votes) {
        List<Tally> rows = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            rows.add(new Tally(0, i % 7, i / 7, 0, votes.get(i)));
        }
        long sum = votes.stream().mapToLong(Integer::longValue).sum();

        assertThat(java.util.Arrays.stream(totals(rows)).sum()).isEqualTo(sum);
    }

    private static long[] totals(List<Tally> rows) {
        TallyTable.Builder builder = TallyTable.builder();
        rows.forEach(t -> builder.add(t.contest(), t.choice(), t.unit(), t.voteType(), t.votes()));
        return builder.build().choiceTotals(0, 7);
    }
}
