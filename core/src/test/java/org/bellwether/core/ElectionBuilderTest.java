package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElectionBuilderTest {

    @Test
    void foldsSeveralFilesOfOneElectionIntoOneSetOfContestsAndUnits() {
        ElectionBuilder builder = new ElectionBuilder();
        int first = builder.contest("U.S. House, District 6", 1);
        int again = builder.contest("U.S. House, District 6", 1);
        int cobb = builder.unit("Cobb", "Cobb", UnitLevel.COUNTY, Optional.empty());

        assertThat(again).isEqualTo(first);
        assertThat(builder.unit("Cobb", "Cobb", UnitLevel.COUNTY, Optional.empty())).isEqualTo(cobb);
        assertThat(builder.build().contests()).hasSize(1);
    }

    @Test
    void aPartyLearnedLaterFillsInAChoiceThatHadNone() {
        ElectionBuilder builder = new ElectionBuilder();
        int contest = builder.contest("U.S. House", 1);
        builder.choice(contest, "Jon Ossoff", Optional.empty(), false);
        builder.choice(contest, "Jon Ossoff", Optional.of("D"), false);
        builder.choice(contest, "Jon Ossoff", Optional.of("X"), false);

        assertThat(builder.build().contests().get(0).choices())
                .containsExactly(new Choice("Jon Ossoff", Optional.of("D"), false));
    }

    @Test
    void aRepeatedStatisticIsRefused() {
        ElectionBuilder builder = new ElectionBuilder();
        int unit = builder.unit("Cobb/Addison 01", "Addison 01", UnitLevel.PRECINCT, Optional.of("Cobb"));
        int all = builder.voteType(VoteType.ALL);

        assertThat(builder.statistic(unit, UnitStatistic.UNIT_WIDE, StatisticKind.REGISTERED_VOTERS, all, 2184)).isTrue();
        assertThat(builder.statistic(unit, UnitStatistic.UNIT_WIDE, StatisticKind.REGISTERED_VOTERS, all, 2184)).isFalse();
        assertThat(builder.build().statistics()).hasSize(1);
    }

    @Test
    void theFirstNameDateAndTypeSeenWin() {
        Election election = new ElectionBuilder().name(" June 20, 2017 - Special Runoff ").name("other")
                .type(ElectionType.RUNOFF).type(ElectionType.GENERAL).build();

        assertThat(election.name()).isEqualTo("June 20, 2017 - Special Runoff");
        assertThat(election.type()).isEqualTo(ElectionType.RUNOFF);
        assertThat(election.date()).isEmpty();
    }

    @Test
    void anAppendedBuilderMapsItsNamesToTheIndicesOfTheirFirstAppearance() {
        ElectionBuilder cobb = county("Cobb", "Karen Handel", "Jon Ossoff");
        ElectionBuilder fulton = county("Fulton", "Jon Ossoff", "Karen Handel");

        assertThat(cobb.append(fulton)).isTrue();
        Election both = cobb.build();

        assertThat(both.contests().get(0).choices()).extracting(Choice::name).containsExactly("Karen Handel",
                "Jon Ossoff");
        assertThat(both.tallies().stream().map(t -> t.choice() + "@" + both.units().get(t.unit()).id()))
                .containsExactly("0@Cobb", "1@Cobb", "1@Fulton", "0@Fulton");
    }

    @Test
    void anAppendedBuilderThatRepeatsATallyIsRefused() {
        ElectionBuilder first = county("Cobb", "Karen Handel");

        assertThat(first.append(county("Cobb", "Karen Handel"))).isFalse();
    }

    @Test
    void anAppendedBuilderOfAnotherDayIsRefused() {
        ElectionBuilder first = county("Cobb", "Karen Handel").date(java.time.LocalDate.of(2017, 6, 20));

        assertThat(first.append(county("Fulton", "Karen Handel").date(java.time.LocalDate.of(2017, 6, 21))))
                .isFalse();
    }

    private static ElectionBuilder county(String county, String... candidates) {
        ElectionBuilder builder = new ElectionBuilder();
        int contest = builder.contest("U.S. House, District 6", 1);
        int unit = builder.unit(county, county, UnitLevel.COUNTY, Optional.empty());
        int all = builder.voteType(VoteType.ALL);
        for (String candidate : candidates) {
            builder.tally(contest, builder.choice(contest, candidate, Optional.empty(), false), unit, all, 100);
        }
        return builder;
    }
}
