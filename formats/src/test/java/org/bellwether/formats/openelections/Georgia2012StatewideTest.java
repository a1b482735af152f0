package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;

import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;

/** Georgia's 2012 general, statewide by precinct: vote-type columns only, no votes column. */
class Georgia2012StatewideTest {

    private static final Election GENERAL = read(data("ga-baseline/2012-precinct/20121106__ga__general.csv"));

    @Test
    void voteTypeColumnsWithoutAVotesColumnAddUpToTheStatewideResult() {
        assertThat(votes(GENERAL, "President", "BARACK OBAMA")).isEqualTo(1_773_827);
        assertThat(votes(GENERAL, "President", "MITT ROMNEY")).isEqualTo(2_078_688);
        assertThat(votes(GENERAL, "President", "GARY JOHNSON")).isEqualTo(45_324);
    }

    @Test
    void eachVoteTypeColumnIsItsOwnVoteType() {
        assertThat(GENERAL.voteTypes()).containsExactly(
                new VoteType("election_day_votes", VoteCategory.ELECTION_DAY),
                new VoteType("advanced_votes", VoteCategory.ADVANCE_IN_PERSON),
                new VoteType("absentee_by_mail_votes", VoteCategory.ABSENTEE_BY_MAIL),
                new VoteType("provisional_votes", VoteCategory.PROVISIONAL));
        assertThat(votes(GENERAL, "President", "BARACK OBAMA", "election_day_votes")).isEqualTo(868_156);
        assertThat(votes(GENERAL, "President", "BARACK OBAMA", "advanced_votes")).isEqualTo(811_441);
        assertThat(votes(GENERAL, "President", "BARACK OBAMA", "absentee_by_mail_votes")).isEqualTo(87_487);
        assertThat(votes(GENERAL, "President", "BARACK OBAMA", "provisional_votes")).isEqualTo(6_743);
    }

    @Test
    void everyCountyAndPrecinctOfTheStateIsAUnit() {
        assertThat(GENERAL.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).hasSize(159);
        assertThat(GENERAL.units()).filteredOn(u -> u.level() == UnitLevel.PRECINCT).hasSize(2819);
        assertThat(GENERAL.tallies().size()).isEqualTo(4 * 37_907);
        assertThat(GENERAL.notes()).contains("openelections-csv: 20121106__ga__general.csv: "
                + "no total rows to check (37907 precinct rows)");
    }
}
