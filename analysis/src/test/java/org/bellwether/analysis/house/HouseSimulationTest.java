package org.bellwether.analysis.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.DistrictLean;
import org.junit.jupiter.api.Test;

class HouseSimulationTest {

    /** 435 districts with leans spread evenly from R+43.4 to D+43.4 (0.2 points apart). */
    private static List<DistrictLean> spread() {
        List<DistrictLean> leans = new ArrayList<>();
        for (int i = 0; i < 435; i++) {
            leans.add(new DistrictLean("D" + i, BigDecimal.valueOf(217 - i).movePointLeft(1).multiply(
                    BigDecimal.valueOf(2))));
        }
        return leans;
    }

    @Test
    void theSameSeedGivesTheSameHouse() {
        HouseOptions options = new HouseOptions(2_000, 42, 5);
        HouseForecast a = HouseSimulation.run(spread(), new Environment(-12, 3), options);
        HouseForecast b = HouseSimulation.run(spread(), new Environment(-12, 3), options);
        assertThat(a).isEqualTo(b);
        assertThat(a.low()).isLessThanOrEqualTo(a.median());
        assertThat(a.median()).isLessThanOrEqualTo(a.high());
    }

    @Test
    void nationalUncertaintyWidensTheInterval() {
        HouseOptions options = new HouseOptions(4_000, 7, 5);
        HouseForecast fixed = HouseSimulation.run(spread(), new Environment(-8, 0), options);
        HouseForecast uncertain = HouseSimulation.run(spread(), new Environment(-8, 5), options);
        // leans 0.2 points apart: 5 points of national sd move the 80% interval by about 1.28 * 5 / 0.2 = 32 seats
        assertThat(uncertain.high() - uncertain.low()).isGreaterThan(3 * (fixed.high() - fixed.low()));
        assertThat(Math.abs(uncertain.median() - fixed.median())).isLessThanOrEqualTo(3);
    }

    @Test
    void aUniformSwingCountsDistrictsAboveZeroAndTiesAtZero() {
        SeatPoint even = HouseSimulation.at(spread(), 5, 0);
        assertThat(even.uniformRepublican()).isEqualTo(217);
        assertThat(even.uniformTied()).isEqualTo(1);
        assertThat(even.expectedRepublican()).isCloseTo(217.5, org.assertj.core.api.Assertions.within(1e-9));
        SeatPoint dPlus10 = HouseSimulation.at(spread(), 5, -10);
        assertThat(dPlus10.uniformRepublican()).isEqualTo(167); // lean above 10: (217 - i) * 0.2 > 10, i < 167
    }

    @Test
    void theSeatCurveRisesWithTheEnvironment() {
        List<SeatPoint> curve = HouseSimulation.curve(spread(), 5, -15, 15);
        assertThat(curve).hasSize(31);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).expectedRepublican()).isGreaterThan(curve.get(i - 1).expectedRepublican());
        }
    }
}
