package org.bellwether.analysis.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Properties of the allocation rules over seeded, generated precincts (plain JUnit, no property library). */
class AllocationPropertiesTest {

    private static final int CASES = 2_000;

    private static HouseVotes precinct(SplittableRandom random) {
        Map<String, Long> votes = new HashMap<>();
        int districts = 1 + random.nextInt(4);
        for (int d = 0; d < districts; d++) {
            votes.put(String.valueOf(1 + random.nextInt(14)), (long) random.nextInt(3) * random.nextInt(2_000));
        }
        return new HouseVotes(votes);
    }

    @Test
    void proportionalAndLargestShareOutEachPrecinctExactlyOnce() {
        SplittableRandom random = new SplittableRandom(2017);
        for (int i = 0; i < CASES; i++) {
            HouseVotes h = precinct(random);
            for (Allocation rule : List.of(new Allocation.Proportional(), new Allocation.WholeToLargest())) {
                BigFraction sum = h.byDistrict().keySet().stream().map(d -> rule.share(h, d))
                        .reduce(BigFraction.ZERO, BigFraction::add);
                assertThat(sum).as(rule.id() + " over " + h).isEqualTo(h.total() == 0 ? BigFraction.ZERO
                        : BigFraction.ONE);
            }
        }
    }

    @Test
    void aPrecinctInOneDistrictCountsWholeUnderEveryRule() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < CASES; i++) {
            HouseVotes h = new HouseVotes(Map.of("6", 1L + random.nextInt(5_000)));
            for (Allocation rule : Allocation.all()) {
                assertThat(rule.share(h, "6")).isEqualTo(BigFraction.ONE);
                assertThat(rule.share(h, "11")).isEqualTo(BigFraction.ZERO);
            }
        }
    }

    @Test
    void sharesLieBetweenZeroAndOneAndAnyIsAnUpperBound() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < CASES; i++) {
            HouseVotes h = precinct(random);
            for (String d : h.byDistrict().keySet()) {
                BigFraction any = new Allocation.WholeIfAny().share(h, d);
                for (Allocation rule : Allocation.all()) {
                    BigFraction s = rule.share(h, d);
                    assertThat(s.compareTo(BigFraction.ZERO)).isGreaterThanOrEqualTo(0);
                    assertThat(s.compareTo(BigFraction.ONE)).isLessThanOrEqualTo(0);
                    assertThat(s.compareTo(any)).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void aTieForTheMostHouseVotesIsSharedEquallyNeverBrokenByOrder() {
        HouseVotes h = new HouseVotes(Map.of("6", 500L, "11", 500L, "13", 20L));
        Allocation largest = new Allocation.WholeToLargest();
        assertThat(largest.share(h, "6")).isEqualTo(BigFraction.ONE_HALF);
        assertThat(largest.share(h, "11")).isEqualTo(BigFraction.ONE_HALF);
        assertThat(largest.share(h, "13")).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void rulesAreNamedAsTheCommandLineTakesThem() {
        assertThat(Allocation.named("Proportional")).isEqualTo(new Allocation.Proportional());
        assertThat(Allocation.named("largest")).isEqualTo(new Allocation.WholeToLargest());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Allocation.named("half"))
                .hasMessage("unknown allocation rule 'half': expected proportional, largest or any");
    }
}
