package org.bellwether.analysis.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentEstimateTest {

    private static final LocalDate MARCH_27 = LocalDate.of(2018, 3, 27);

    @Test
    void onTheTablesLastDayTheEstimateCarriesTheSpreadAndTheStepError() {
        EnvironmentEstimate e = EnvironmentEstimate.of(CycleDistributionTest.cycle(), MARCH_27,
                EnvironmentModel.DEFAULT);
        assertThat(e.counted()).hasSize(200);
        assertThat(e.mean()).isCloseTo(-8.29, within(1e-12));
        // sd of the average 15.517 / sqrt(200) = 1.097; with the step error 5.1: sqrt(1.097^2 + 5.1^2) = 5.217
        assertThat(e.spreadSd()).isCloseTo(1.0972, within(1e-4));
        assertThat(e.sd()).isCloseTo(5.2167, within(1e-4));
        assertThat(e.low80()).isCloseTo(-8.29 - 1.2816 * 5.2167, within(1e-3));
        assertThat(e.environment().sd()).isPositive();
    }

    @Test
    void weightingsChooseTheContests() {
        List<CycleSpecial> cycle = CycleDistributionTest.cycle();
        EnvironmentEstimate federal = EnvironmentEstimate.of(cycle, MARCH_27,
                new EnvironmentModel(1, 5.1, EnvironmentModel.Weighting.FEDERAL));
        // the seven House specials and Alabama's Senate special: 22, 31, 3, 16, 6, 16, 23, 18 Democratic points
        assertThat(federal.counted()).hasSize(8);
        assertThat(federal.average()).isCloseTo(-135 / 8.0, within(1e-12));
        EnvironmentEstimate specials = EnvironmentEstimate.of(cycle, MARCH_27,
                new EnvironmentModel(1, 5.1, EnvironmentModel.Weighting.SPECIALS));
        assertThat(specials.counted()).hasSize(99);
        assertThat(specials.counted()).noneMatch(CycleSpecial::regular);
    }

    @Test
    void onlySpecialsHeldByTheCutOffCount() {
        EnvironmentEstimate june = EnvironmentEstimate.of(CycleDistributionTest.cycle(), LocalDate.of(2017, 6, 20),
                EnvironmentModel.DEFAULT);
        assertThat(june.counted()).hasSize(23).allMatch(s -> !s.date().isAfter(LocalDate.of(2017, 6, 20)));
        assertThatThrownBy(() -> EnvironmentEstimate.of(CycleDistributionTest.cycle(), LocalDate.of(2016, 12, 31),
                EnvironmentModel.DEFAULT)).hasMessage("no special counted by the weighting 'equal' was held by 2016-12-31");
    }

    @Test
    void aSlopeScalesBothTheMeanAndTheSpread() {
        EnvironmentEstimate half = EnvironmentEstimate.of(CycleDistributionTest.cycle(), MARCH_27,
                new EnvironmentModel(0.5, 0, EnvironmentModel.Weighting.EQUAL));
        assertThat(half.mean()).isCloseTo(-4.145, within(1e-12));
        assertThat(half.sd()).isCloseTo(0.5 * 15.5168 / Math.sqrt(200), within(1e-4));
    }
}
