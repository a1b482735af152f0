package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountReportingTest {

    private static ElectionBuilder county() {
        ElectionBuilder b = new ElectionBuilder();
        int county = b.unit("Cobb County", "Cobb", UnitLevel.COUNTY, Optional.empty());
        int house = b.contest("U.S. House", 1);
        int council = b.contest("Council", 1);
        int ann = b.choice(house, "ANN", Optional.empty(), false);
        int bob = b.choice(council, "BOB", Optional.empty(), false);
        int all = b.voteType(VoteType.ALL);
        b.tally(house, ann, county, all, 100);
        for (String p : new String[] {"P1", "P2", "P3"}) {
            b.unit("Cobb County/" + p, p, UnitLevel.PRECINCT, Optional.of("Cobb County"));
        }
        b.tally(house, ann, 1, all, 40);
        b.tally(house, ann, 2, all, 0);
        b.tally(council, bob, 2, all, 7);
        b.tally(house, ann, 3, all, 0);
        return b;
    }

    @Test
    void aUnitWithNoVotesInAnyContestIsNotReportingButAZeroInOneContestIs() {
        Reporting house = CountReporting.of(county().build()).get(0);

        // P2 has 0 for the House but 7 for the council: it has reported; P3 has nothing anywhere
        assertThat(house).isEqualTo(Reporting.of(2, 3, "precincts", "derived from the file's precincts: one listed"
                + " with no votes in any contest counts as not reporting"));
        assertThat(house.completeness()).isEqualTo(Reporting.Completeness.PARTIAL);
    }

    @Test
    void aUnitListedAgainAfterOthersCountsOnceAsWhenItsTalliesComeTogether() {
        // a file listing each vote type in turn: election day for P1 to P3, then mail for P1 to P3 again
        ElectionBuilder b = county();
        int mail = b.voteType(new VoteType("mail", VoteCategory.ABSENTEE_BY_MAIL));
        b.tally(0, 0, 1, mail, 5);
        b.tally(0, 0, 2, mail, 0);
        b.tally(0, 0, 3, mail, 0);
        List<Reporting> revisited = CountReporting.of(b.build());

        assertThat(revisited.get(0)).isEqualTo(CountReporting.of(county().build()).get(0));
        assertThat(revisited.get(1)).isEqualTo(Reporting.of(1, 1, "precincts", "derived from the file's precincts:"
                + " one listed with no votes in any contest counts as not reporting"));
    }

    @Test
    void whatTheSourceStatesWinsOverWhatItsUnitsShow() {
        ElectionBuilder b = county();
        Reporting stated = Reporting.of(3, 3, "precincts", "the file's precinctsReported of precinctsParticipating");
        b.reporting(0, stated);

        assertThat(CountReporting.of(b.build()).get(0)).isEqualTo(stated);
    }

    @Test
    void severalFilesStatingTheirOwnReportingAddUp() {
        ElectionBuilder b = county();
        b.reporting(0, Reporting.of(50, 50, "precincts", "x"));
        b.reporting(0, Reporting.of(3, 43, "precincts", "x"));

        assertThat(b.build().contests().get(0).reporting()).isEqualTo(Reporting.of(53, 93, "precincts", "x"));
    }

    @Test
    void moreReportingThanExpectedLeavesCompletenessUnknown() {
        assertThat(Reporting.of(51, 50, "precincts", "x").completeness()).isEqualTo(Reporting.Completeness.UNKNOWN);
    }
}
