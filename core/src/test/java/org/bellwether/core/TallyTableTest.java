package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TallyTableTest {

    @Test
    void keepsRowsInTheOrderTheyWereAdded() {
        TallyTable.Builder builder = TallyTable.builder();
        builder.add(1, 2, 3, 4, 50);
        builder.add(0, 0, 0, 0, 7);
        TallyTable table = builder.build();

        assertThat(table.stream()).containsExactly(new Tally(1, 2, 3, 4, 50), new Tally(0, 0, 0, 0, 7));
    }

    @Test
    void refusesARepeatedKeyAndNamesTheRowThatHoldsIt() {
        TallyTable.Builder builder = TallyTable.builder();
        builder.add(0, 1, 2, 0, 10);
        builder.add(0, 2, 2, 0, 11);

        assertThat(builder.add(0, 1, 2, 0, 99)).isEqualTo(0);
        assertThat(builder.build().size()).isEqualTo(2);
    }

    @Test
    void holdsAStatewideNumberOfKeysAcrossIndexGrowth() {
        TallyTable.Builder builder = TallyTable.builder();
        int units = 150_000;
        for (int unit = 0; unit < units; unit++) {
            for (int choice = 0; choice < 3; choice++) {
                assertThat(builder.add(0, choice, unit, 0, unit % 100)).isEqualTo(-1);
            }
        }
        assertThat(builder.add(0, 2, units - 1, 0, 1)).isEqualTo(units * 3 - 1);
        long[] totals = builder.build().choiceTotals(0, 3);

        long expected = 0;
        for (int unit = 0; unit < units; unit++) {
            expected += unit % 100;
        }
        assertThat(totals).containsExactly(expected, expected, expected);
    }

    @Test
    void packsTheLargestIndicesWithoutCollision() {
        TallyTable.Builder builder = TallyTable.builder();
        int contest = TallyLimits.MAX_CONTESTS - 1;
        int choice = TallyLimits.MAX_CHOICES_PER_CONTEST - 1;
        int unit = TallyLimits.MAX_UNITS - 1;
        int voteType = TallyLimits.MAX_VOTE_TYPES - 1;
        builder.add(contest, choice, unit, voteType, TallyLimits.MAX_VOTES_PER_TALLY);

        assertThat(builder.build().get(0))
                .isEqualTo(new Tally(contest, choice, unit, voteType, TallyLimits.MAX_VOTES_PER_TALLY));
    }

    @Test
    void namesTheLimitAnIndexExceeds() {
        assertThatThrownBy(() -> TallyTable.builder().add(0, TallyLimits.MAX_CHOICES_PER_CONTEST, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choice index 4096 is outside the limit of 4096 (TallyLimits.MAX_CHOICES_PER_CONTEST)");
    }

    @Test
    void refusesNegativeVotesAndVotesOverTheLimit() {
        assertThatThrownBy(() -> TallyTable.builder().add(0, 0, 0, 0, -1))
                .hasMessage("votes -1 are outside 0..2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
        assertThatThrownBy(() -> TallyTable.builder().add(0, 0, 0, 0, 1L << 31))
                .hasMessage("votes 2147483648 are outside 0..2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
    }
}
