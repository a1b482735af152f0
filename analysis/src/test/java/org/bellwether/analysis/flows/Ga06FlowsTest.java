package org.bellwether.analysis.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.RealData;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;

/** Vote flows from GA-06 round 1 to the runoff over the twelve county-by-vote-type units both rounds report. */
class Ga06FlowsTest {

    static List<FlowUnit> units() {
        Election first = RealData.gaRound1();
        Election second = RealData.gaRunoffSos();
        return FlowUnits.of(first, RealData.contest(first, "U.S. Representative, District 6"), BlocRule.PARTY_LABELS,
                second, RealData.contest(second, "U.S. Representative, District 6"), BlocRule.PARTY_LABELS);
    }

    @Test
    void bothRoundsShareTwelveUnits() {
        List<FlowUnit> units = units();
        assertThat(units).hasSize(12);
        assertThat(units.stream().mapToLong(u -> u.first().total().longValue()).sum()).isEqualTo(192_569);
        assertThat(units.stream().mapToLong(u -> u.second().total().longValue()).sum()).isEqualTo(260_316);
    }

    @Test
    void boundsAloneLeaveTheRepublicanBlocsRunoffVoteWideOpen() {
        List<FlowBounds.Margins> margins = CountyMargins.of(units(), CountyMargins.registered(RealData.gaRunoff()));
        assertThat(margins).extracting(FlowBounds.Margins::unit)
                .containsExactly("Cobb County", "DeKalb County", "Fulton County");
        List<FlowBound> bounds = FlowBounds.of(margins);
        FlowBound rToR = bounds.get(0);
        assertThat(rToR.from() + " -> " + rToR.to()).isEqualTo("R bloc -> R");
        // Anywhere from none to all of the 98,192 Republican-bloc voters may have voted for Handel.
        assertThat(rToR.low()).isZero();
        assertThat(rToR.high()).isEqualTo(98_192);
        FlowBound stayedHome = bounds.get(15);
        assertThat(stayedHome.from() + " -> " + stayedHome.to()).isEqualTo("did not vote -> did not vote");
        assertThat(stayedHome.low()).isEqualTo(6_325);
        assertThat(stayedHome.high()).isEqualTo(187_510);
    }

    @Test
    void regressionRatesAreBoundedAndReproducible() {
        List<FlowEstimate> a = EcologicalRegression.fit(units(), 500, 20170620);
        List<FlowEstimate> b = EcologicalRegression.fit(units(), 500, 20170620);
        assertThat(a).isEqualTo(b).hasSize(4);
        assertThat(a).allMatch(e -> e.bounded() >= 0 && e.bounded() <= EcologicalRegression.MAX_RATE);
        assertThat(a).allMatch(e -> e.low80() <= e.high80() && e.low95() <= e.low80() && e.high80() <= e.high95());
        // Goodman's unconstrained fit gives a negative rate: the sign that the units cannot carry the model.
        assertThat(a.get(2).from() + " -> " + a.get(2).to()).isEqualTo("R -> D");
        assertThat(a.get(2).ols()).isNegative();
    }
}
