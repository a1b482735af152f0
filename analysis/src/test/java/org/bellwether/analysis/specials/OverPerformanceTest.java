package org.bellwether.analysis.specials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.analysis.Points;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class OverPerformanceTest {

    private static SpecialResult special(String name, long r, long d, String lean) {
        return new SpecialResult(name, BlocVotes.of(r, d, 0), Map.of(),
                Optional.of(new DistrictLean(name, new BigDecimal(lean))));
    }

    @Test
    void overPerformanceIsTheMarginMinusTheLean() {
        SpecialResult runoff = special("GA-6", 134_799, 125_517, "14.5");
        // 9,282 / 260,316 = 3.5657 points; 3.5657 - 14.5 = -10.93
        assertThat(Points.signed(runoff.overPerformance().orElseThrow().divide(100), 2)).isEqualTo("-10.93");
    }

    @Test
    void averagesAreSimpleAndWeightedByVotesCast() {
        OverPerformance op = new OverPerformance(List.of(special("a", 60, 40, "30"), special("b", 300, 100, "0")),
                "test");
        // a: margin 20, over -10 (100 votes); b: margin 50, over 50 (400 votes)
        assertThat(op.simpleAverage().orElseThrow()).isEqualTo(new BigFraction(20));
        assertThat(op.weightedAverage().orElseThrow()).isEqualTo(new BigFraction(-10 * 100 + 50 * 400, 500));
    }

    @Test
    void aFirstRoundWhoseRunoffIsARowIsShownButNotAveraged() {
        OverPerformance op = new OverPerformance(List.of(special("round 1", 60, 40, "30"),
                special("runoff", 300, 100, "0")), "test", java.util.Set.of("round 1"));
        assertThat(op.rows()).hasSize(2);
        assertThat(op.counted()).extracting(SpecialResult::name).containsExactly("runoff");
        assertThat(op.simpleAverage().orElseThrow()).isEqualTo(new BigFraction(50));
        assertThat(op.weightedAverage().orElseThrow()).isEqualTo(new BigFraction(50));
    }

    @Test
    void aSpecialWithoutLeanHasNoOverPerformanceAndIsLeftOutOfTheAverages() {
        SpecialResult none = new SpecialResult("x", BlocVotes.of(1, 1, 0), Map.of(), Optional.empty());
        OverPerformance op = new OverPerformance(List.of(none), "test");
        assertThat(op.simpleAverage()).isEmpty();
        assertThat(op.weightedAverage()).isEmpty();
    }
}
