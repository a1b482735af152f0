package org.bellwether.analysis.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.ContestVotes;
import org.bellwether.analysis.Points;
import org.bellwether.analysis.RealData;
import org.bellwether.analysis.baseline.Allocation;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.Boundary;
import org.bellwether.analysis.baseline.DistrictBaselines;
import org.bellwether.analysis.crosswalk.Crosswalks;
import org.bellwether.analysis.crosswalk.DeclaredMatch;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;

/** The swing of each 2017 special from the 2016 presidential result inside its district, from the shared data. */
class SwingRealDataTest {

    private static final BlocRule TRUMP_CLINTON = new BlocRule(Map.of("DONALD J. TRUMP", Bloc.REPUBLICAN,
            "HILLARY CLINTON", Bloc.DEMOCRATIC));

    private static Baseline ga2016() {
        Election e = RealData.ga2016();
        return DistrictBaselines.compute("President 2016", e, RealData.contest(e, "President of the United States"),
                new Boundary.HouseDistrict("U.S. Representative, District 6", new Allocation.Proportional()),
                TRUMP_CLINTON);
    }

    private static ContestVotes votes(Election e, String contest) {
        return ContestVotes.of(e, RealData.contest(e, contest), BlocRule.PARTY_LABELS);
    }

    @Test
    void theRunoffSwungTwoPointsTowardHandelFromTrumpsMargin() {
        Swing s = Swings.compute("GA-06 runoff", votes(RealData.gaRunoff(), "U.S. House, District 6"), ga2016(),
                List.of(new DeclaredMatch("DeKalb", "PLEASANTDALE ROAD", "PLEASANTDALE ELEM")),
                Crosswalks.DEFAULT_THRESHOLD);
        assertThat(s.district().special().republican().intValue()).isEqualTo(134_799);
        assertThat(s.district().special().democratic().intValue()).isEqualTo(125_517);
        assertThat(Points.signed(s.district().special().margin(), 2)).isEqualTo("+3.57");
        assertThat(Points.signed(s.district().swing(), 2)).isEqualTo("+2.07");
        assertThat(Points.of(s.district().turnout(), 2)).isEqualByComparingTo("78.58");
        assertThat(s.counties()).extracting(r -> r.county() + " " + Points.signed(r.swing(), 2))
                .containsExactly("Cobb +0.83", "DeKalb +2.13", "Fulton +2.71");
        assertThat(s.precincts()).hasSize(208);
        assertThat(s.precinctWalk().orElseThrow().unmatchedFrom()).isEmpty();
    }

    @Test
    void roundOneSumsEighteenCandidatesIntoBlocs() {
        Swing s = Swings.compute("GA-06 round 1", votes(RealData.gaRound1(), "U.S. Representative, District 6"),
                ga2016(), List.of(), Crosswalks.DEFAULT_THRESHOLD);
        assertThat(s.district().special().republican().intValue()).isEqualTo(98_192);
        assertThat(s.district().special().democratic().intValue()).isEqualTo(94_201);
        assertThat(s.district().special().other().intValue()).isEqualTo(176);
        assertThat(Points.signed(s.district().swing(), 2)).isEqualTo("+0.58");
        assertThat(s.counties()).extracting(SwingRow::county)
                .containsExactly("Cobb County", "DeKalb County", "Fulton County");
        assertThat(s.precincts()).isEmpty();
    }

    @Test
    void kansasAndMontanaSwungTowardTheDemocrats() {
        Election ks16 = RealData.ks2016();
        Baseline ks = DistrictBaselines.compute("President 2016", ks16, RealData.contest(ks16, "President"),
                new Boundary.HouseDistrict("U.S. House, District 4", new Allocation.Proportional()),
                BlocRule.PARTY_LABELS);
        Swing kansas = Swings.compute("KS-04", votes(RealData.ks04(), "U.S. House, District 4"), ks, List.of(),
                Crosswalks.DEFAULT_THRESHOLD);
        assertThat(Points.signed(kansas.district().special().margin(), 2)).isEqualTo("+6.20");
        assertThat(Points.signed(ks.district().margin(), 2)).isEqualTo("+26.73");
        assertThat(Points.signed(kansas.district().swing(), 2)).isEqualTo("-20.52");
        Election mt16 = RealData.mt2016();
        Baseline mt = DistrictBaselines.compute("President 2016", mt16, RealData.contest(mt16, "President"),
                new Boundary.WholeElection(), BlocRule.PARTY_LABELS);
        Swing montana = Swings.compute("MT-AL", votes(RealData.mt2017(), "U.S. House"), mt, List.of(),
                Crosswalks.DEFAULT_THRESHOLD);
        assertThat(Points.signed(montana.district().special().margin(), 2)).isEqualTo("+5.59");
        assertThat(Points.signed(montana.district().swing(), 2)).isEqualTo("-14.94");
        assertThat(montana.counties()).hasSize(56);
        assertThat(montana.precinctWalk()).isEmpty(); // the 2016 baseline is by county: no precinct rows
    }
}
