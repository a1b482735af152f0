package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatisticChecksTest {

    @Test
    void ballotsCastOfZeroBesideVotesMoreVotesThanBallotsAndTurnoutAbove100AreNotedWithTheNumbers() {
        ElectionBuilder b = new ElectionBuilder();
        int p1 = b.unit("P1", "P1", UnitLevel.PRECINCT, Optional.empty());
        int p2 = b.unit("P2", "P2", UnitLevel.PRECINCT, Optional.empty());
        int p3 = b.unit("P3", "P3", UnitLevel.PRECINCT, Optional.empty());
        int house = b.contest("U.S. House", 1);
        int ann = b.choice(house, "ANN", Optional.empty(), false);
        int all = b.voteType(VoteType.ALL);
        b.tally(house, ann, p1, all, 1_923);
        b.tally(house, ann, p2, all, 120);
        b.tally(house, ann, p3, all, 50);
        b.statistic(p1, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, all, 0);
        b.statistic(p2, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, all, 100);
        b.statistic(p3, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, all, 60);
        b.statistic(p3, UnitStatistic.UNIT_WIDE, StatisticKind.REGISTERED_VOTERS, all, 55);

        assertThat(StatisticChecks.of(b.build())).containsExactly(
                "statistics: P1, U.S. House: ballots cast 0 beside 1923 votes",
                "statistics: P2, U.S. House: 120 votes in a vote-for-1 contest but 100 ballots cast",
                "statistics: P3: 60 ballots cast but 55 registered voters (turnout above 100%)");
    }

    @Test
    void sumsEachContestInEachUnitApartWhenAUnitsTalliesComeInSeveralRuns() {
        ElectionBuilder b = new ElectionBuilder();
        int p1 = b.unit("P1", "P1", UnitLevel.PRECINCT, Optional.empty());
        int p2 = b.unit("P2", "P2", UnitLevel.PRECINCT, Optional.empty());
        int house = b.contest("U.S. House", 1);
        int senate = b.contest("State Senate", 1);
        int board = b.contest("School Board", 3); // vote-for-3: more votes than ballots is no finding
        int all = b.voteType(VoteType.ALL);
        int mail = b.voteType(new VoteType("absentee by mail", VoteCategory.ABSENTEE_BY_MAIL));
        for (int p : new int[] {p1, p2}) {
            b.tally(house, b.choice(house, "ANN", Optional.empty(), false), p, all, 40);
            b.tally(house, b.choice(house, "BEN", Optional.empty(), false), p, all, 30);
            b.tally(senate, b.choice(senate, "CAL", Optional.empty(), false), p, all, 60);
            b.tally(board, b.choice(board, "DEE", Optional.empty(), false), p, all, 150);
        }
        // P2's House votes by mail come later in the file: they add to its House sum, not the Senate's
        b.tally(house, b.choice(house, "ANN", Optional.empty(), false), p2, mail, 31);
        b.statistic(p1, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, all, 100);
        b.statistic(p2, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, all, 100);

        assertThat(StatisticChecks.of(b.build())).containsExactly(
                "statistics: P2, U.S. House: 101 votes in a vote-for-1 contest but 100 ballots cast");
    }

    @Test
    void anElectionWithoutStatisticsHasNothingToCheck() {
        ElectionBuilder b = new ElectionBuilder();
        int p1 = b.unit("P1", "P1", UnitLevel.PRECINCT, Optional.empty());
        int house = b.contest("U.S. House", 1);
        b.tally(house, b.choice(house, "ANN", Optional.empty(), false), p1, b.voteType(VoteType.ALL), 10);

        assertThat(StatisticChecks.of(b.build())).isEmpty();
    }
}
