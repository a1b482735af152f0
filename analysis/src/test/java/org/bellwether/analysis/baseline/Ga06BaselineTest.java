package org.bellwether.analysis.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.RealData;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;

/** GA-06's presidential baselines computed from the 2016 and 2012 precinct files, against the published figures. */
class Ga06BaselineTest {

    static final BlocRule TRUMP_CLINTON = new BlocRule(Map.of("DONALD J. TRUMP", Bloc.REPUBLICAN,
            "HILLARY CLINTON", Bloc.DEMOCRATIC));
    static final BlocRule ROMNEY_OBAMA = new BlocRule(Map.of("MITT ROMNEY", Bloc.REPUBLICAN,
            "BARACK OBAMA", Bloc.DEMOCRATIC));

    static Baseline president2016(Allocation rule) {
        Election e = RealData.ga2016();
        return DistrictBaselines.compute("President 2016", e, RealData.contest(e, "President of the United States"),
                new Boundary.HouseDistrict("U.S. Representative, District 6", rule), TRUMP_CLINTON);
    }

    @Test
    void proportionalAllocationReproducesThePublishedTrumpMarginInsideGa06() {
        BlocVotes d = president2016(new Allocation.Proportional()).district();
        assertThat(Points.votes(d.republican(), 2)).isEqualByComparingTo("160024.51");
        assertThat(Points.votes(d.democratic(), 2)).isEqualByComparingTo("155081.98");
        assertThat(Points.of(d.share(Bloc.REPUBLICAN), 1)).isEqualByComparingTo("48.3"); // published 48.3
        assertThat(Points.of(d.share(Bloc.DEMOCRATIC), 1)).isEqualByComparingTo("46.8"); // published 46.8
        assertThat(Points.signed(d.margin(), 2)).isEqualTo("+1.49");
    }

    @Test
    void eachAllocationRuleMovesTheSplitPrecinctsVotesDifferently() {
        Baseline b = president2016(new Allocation.Proportional());
        assertThat(b.splits()).hasSize(9);
        assertThat(b.units()).hasSize(210);
        assertThat(b.unassigned()).isEmpty();
        assertThat(b.rules()).extracting(r -> Points.signed(r.district().margin(), 2))
                .containsExactly("+1.49", "+2.00", "+0.17");
        // Under "any" every vote of the 9 split precincts (16,515) counts inside; "largest" keeps 1,732.
        assertThat(b.rules().get(2).splitInside().bigDecimalValue()).isEqualByComparingTo("16515");
        assertThat(b.rules().get(1).splitInside().bigDecimalValue()).isEqualByComparingTo("1732");
    }

    @Test
    void romneysMarginInsideThe2012LinesIsTheOnePublished() {
        Election e = RealData.ga2012();
        Baseline b = DistrictBaselines.compute("President 2012", e, RealData.contest(e, "President"),
                new Boundary.HouseDistrict("U.S. House, District 6", new Allocation.Proportional()), ROMNEY_OBAMA);
        BlocVotes d = b.district();
        assertThat(Points.of(d.share(Bloc.REPUBLICAN), 1)).isEqualByComparingTo("60.8"); // published 60.9
        assertThat(Points.of(d.share(Bloc.DEMOCRATIC), 1)).isEqualByComparingTo("37.5"); // published 37.4
        assertThat(Points.signed(d.margin(), 2)).isEqualTo("+23.38");
        assertThat(b.splits()).hasSize(9);
    }

    @Test
    void publishedMarginIsRepublicanMinusDemocratic() {
        Published p = new Published("cook", new BigDecimal("48.3"), new BigDecimal("46.8"));
        assertThat(p.margin()).isEqualByComparingTo("1.5");
    }
}
