package org.bellwether.analysis.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.RealData;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;

class Ga06BaselineTest {

    static final BlocRule TRUMP_CLINTON = new BlocRule(java.util.Map.of("DONALD J. TRUMP",
            org.bellwether.analysis.Bloc.REPUBLICAN, "HILLARY CLINTON", org.bellwether.analysis.Bloc.DEMOCRATIC));

    private static Baseline president2016(Allocation rule) {
        Election e = RealData.ga2016();
        return DistrictBaselines.compute("President 2016", e, RealData.contest(e, "President of the United States"),
                new Boundary.HouseDistrict("U.S. Representative, District 6", rule), TRUMP_CLINTON);
    }

    @Test
    void proportionalAllocationReproducesThePublishedTrumpMarginInsideGa06() {
        Baseline b = president2016(new Allocation.Proportional());
        BlocVotes d = b.district();
        System.out.println(Points.votes(d.republican(), 2) + " " + Points.votes(d.democratic(), 2) + " "
                + Points.votes(d.total(), 2) + " " + Points.signed(d.margin(), 2));
        b.rules().forEach(r -> System.out.println(r.allocation().id() + " " + Points.signed(r.district().margin(), 2)
                + " in " + Points.votes(r.splitInside(), 1) + " out " + Points.votes(r.splitOutside(), 1)));
        System.out.println(b.splits().size() + " splits, unassigned " + b.unassigned().size() + " units "
                + b.units().size());
    }
}
