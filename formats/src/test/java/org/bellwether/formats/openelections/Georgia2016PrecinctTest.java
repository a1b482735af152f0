package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;
import static org.bellwether.formats.openelections.Tabulation.votesIn;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;

/** Georgia's 2016 general by precinct: vote-type columns named and ordered differently in each county. */
class Georgia2016PrecinctTest {

    private static final String DIR = "ga-baseline/2016-precinct/20161108__ga__general__";
    private static final Path COBB = data(DIR + "cobb__precinct.csv");
    private static final Path DEKALB = data(DIR + "dekalb__precinct.csv");
    private static final Path FULTON = data(DIR + "fulton__precinct.csv");
    private static final String PRESIDENT = "President of the United States";
    private static final String TRUMP = "DONALD J. TRUMP";

    @Test
    void cobbGivesOneTallyPerVoteTypeColumn() {
        Election cobb = read(COBB);

        assertThat(votes(cobb, PRESIDENT, TRUMP, "advance_in_person_1")).isEqualTo(33_414);
        assertThat(votes(cobb, PRESIDENT, TRUMP, "absentee_by_mail")).isEqualTo(12_461);
        assertThat(votes(cobb, PRESIDENT, TRUMP, "election_day")).isEqualTo(79_118);
        assertThat(votes(cobb, PRESIDENT, TRUMP, "provisional")).isEqualTo(244);
        assertThat(votes(cobb, PRESIDENT, TRUMP, "advance_in_person_2")).isEqualTo(27_675);
        assertThat(votes(cobb, PRESIDENT, TRUMP)).isEqualTo(152_912);
        assertThat(cobb.voteTypes()).containsExactly(
                new VoteType("advance_in_person_1", VoteCategory.ADVANCE_IN_PERSON),
                new VoteType("absentee_by_mail", VoteCategory.ABSENTEE_BY_MAIL),
                new VoteType("election_day", VoteCategory.ELECTION_DAY),
                new VoteType("provisional", VoteCategory.PROVISIONAL),
                new VoteType("advance_in_person_2", VoteCategory.ADVANCE_IN_PERSON));
    }

    @Test
    void voteTypeColumnsInAnotherOrderAreMappedByName() {
        Election dekalb = read(DEKALB);

        assertThat(votes(dekalb, PRESIDENT, TRUMP, "absentee_by_mail")).isEqualTo(3_886);
        assertThat(votes(dekalb, PRESIDENT, TRUMP, "advance_in_person_1")).isEqualTo(4_281);
        assertThat(votes(dekalb, PRESIDENT, TRUMP, "advance_in_person_2")).isEqualTo(15_301);
        assertThat(votes(dekalb, PRESIDENT, TRUMP, "advance_in_person_3")).isEqualTo(5_087);
        assertThat(votes(dekalb, PRESIDENT, TRUMP, "election_day")).isEqualTo(22_867);
        assertThat(votes(dekalb, PRESIDENT, TRUMP, "provisional")).isEqualTo(46);
    }

    @Test
    void blankPrecinctRowsAreCountyTotalsCheckedPerVoteType() {
        Election all = read(COBB, DEKALB, FULTON);

        assertThat(votesIn(all, "Cobb", PRESIDENT, TRUMP)).isEqualTo(152_912);
        assertThat(votesIn(all, "DeKalb", PRESIDENT, TRUMP)).isEqualTo(51_468);
        assertThat(votesIn(all, "Fulton", PRESIDENT, TRUMP)).isEqualTo(117_783);
        assertThat(all.notes()).contains(
                "openelections-csv: 20161108__ga__general__cobb__precinct.csv: "
                        + "68 total rows match the sum of 4956 precinct rows",
                "openelections-csv: 20161108__ga__general__dekalb__precinct.csv: "
                        + "95 total rows match the sum of 7809 precinct rows",
                "openelections-csv: 20161108__ga__general__fulton__precinct.csv: "
                        + "103 total rows match the sum of 12957 precinct rows",
                "openelections-csv: 20161108__ga__general__cobb__precinct.csv: "
                        + "votes equal the sum of the vote-type columns on all 5024 rows that give both");
        assertThat(all.units()).hasSize(3 + 144 + 192 + 346);
    }

    @Test
    void districtsNameTheContest() {
        Election all = read(COBB, DEKALB, FULTON);

        assertThat(votes(all, "U.S. Representative, District 6", "TOM PRICE")).isEqualTo(201_088);
        assertThat(votes(all, "U.S. Representative, District 6", "RODNEY STOOKSBURY")).isEqualTo(124_917);
        assertThat(all.contestIndex("Public Service Commission, District 2")).isNotNegative();
        assertThat(all.contestIndex("District Attorney, Cobb Circuit")).isNotNegative();
        assertThat(all.contests()).allSatisfy(c -> assertThat(c.voteFor()).isEqualTo(1));
    }

    @Test
    void garbledPartyColumnIsIgnoredWithANote() {
        Election cobb = read(COBB);

        assertThat(cobb.contests()).allSatisfy(c -> assertThat(c.choices())
                .allSatisfy(ch -> assertThat(ch.party()).isEmpty()));
        assertThat(cobb.notes()).contains("openelections-csv: 20161108__ga__general__cobb__precinct.csv: "
                + "party column ignored: it holds fragments of candidate names, such as \"(REP\" on line 1162");
    }

    @Test
    void metadataStillGivesPartiesWhenThePartyColumnIsIgnored() {
        ChoiceMetadata parties = new ChoiceMetadata(Map.of(TRUMP, new ChoiceFacts(Optional.of("R"), false)));

        Election cobb = read(ReadOptions.DEFAULT.withMetadata(parties), COBB);

        int president = cobb.contestIndex(PRESIDENT);
        int trump = cobb.contests().get(president).indexOf(TRUMP);
        assertThat(cobb.contests().get(president).choices().get(trump).party()).contains("R");
    }
}
