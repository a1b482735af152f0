package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    private final Election election = twoCountiesThreePrecincts();

    @Test
    void rollsPrecinctsUpToTheirCounty() {
        Breakdown byCounty = Breakdown.byLevel(election, 0, UnitLevel.COUNTY);

        assertThat(byCounty.rows()).containsExactly(
                new Breakdown.Row("Cobb", List.of(30L, 3L)),
                new Breakdown.Row("DeKalb", List.of(5L, 50L)));
    }

    @Test
    void groupsVoteTypesByCategoryInTheStandardOrder() {
        Breakdown byType = Breakdown.byVoteCategory(election, 0);

        assertThat(byType.rows()).extracting(Breakdown.Row::label)
                .containsExactly("Election day", "Advance in person");
        assertThat(byType.rows().get(1).total()).isEqualTo(15);
    }

    @Test
    void leavesOutTalliesAboveTheRequestedLevel() {
        assertThat(Breakdown.byLevel(election, 0, UnitLevel.PRECINCT).rows()).hasSize(3);
    }

    private static Election twoCountiesThreePrecincts() {
        ElectionBuilder b = new ElectionBuilder();
        int contest = b.contest("U.S. House", 1);
        int handel = b.choice(contest, "Handel", Optional.empty(), false);
        int ossoff = b.choice(contest, "Ossoff", Optional.empty(), false);
        int cobb = b.unit("Cobb", "Cobb", UnitLevel.COUNTY, Optional.empty());
        int dekalb = b.unit("DeKalb", "DeKalb", UnitLevel.COUNTY, Optional.empty());
        int p1 = b.unit("Cobb/1", "1", UnitLevel.PRECINCT, Optional.of("Cobb"));
        int p2 = b.unit("Cobb/2", "2", UnitLevel.PRECINCT, Optional.of("Cobb"));
        int p3 = b.unit("DeKalb/3", "3", UnitLevel.PRECINCT, Optional.of("DeKalb"));
        int day = b.voteType(new VoteType("Election Day", VoteCategory.ELECTION_DAY));
        int early = b.voteType(new VoteType("advance_1", VoteCategory.ADVANCE_IN_PERSON));
        b.tally(contest, handel, p1, day, 20);
        b.tally(contest, handel, p2, early, 10);
        b.tally(contest, ossoff, p2, day, 3);
        b.tally(contest, handel, p3, early, 5);
        b.tally(contest, ossoff, p3, day, 50);
        assertThat(cobb + dekalb).isEqualTo(1);
        return b.build();
    }
}
