package org.bellwether.formats.nist;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * Elections built by hand the way the other readers build them, to write as NIST: the GA-06 runoff in the shape
 * the Georgia SOS reader gives (a state unit over counties, vote types labelled as the SOS labels them, ballots
 * cast by vote type) with a precinct whose ID is no XML ID, as the OpenElections reader makes them. Statistics,
 * like tallies, are stored once at the finest level a source gives.
 */
final class ModelElections {

    static final VoteType ELECTION_DAY = new VoteType("Election Day Votes", VoteCategory.ELECTION_DAY);
    static final VoteType BY_MAIL = new VoteType("Absentee by Mail Votes", VoteCategory.ABSENTEE_BY_MAIL);
    static final VoteType ADVANCE = new VoteType("Advance in Person Votes", VoteCategory.ADVANCE_IN_PERSON);
    static final VoteType ADVANCE_2 = new VoteType("advance_in_person_2", VoteCategory.ADVANCE_IN_PERSON);

    private ModelElections() {
    }

    static Election ga06Runoff() {
        ElectionBuilder b = new ElectionBuilder().name("Special Election Runoff").date(LocalDate.of(2017, 6, 20))
                .type(ElectionType.RUNOFF);
        b.unit("Georgia", "Georgia", UnitLevel.STATE, Optional.empty());
        int cobb = b.unit("Cobb", "Cobb", UnitLevel.COUNTY, Optional.of("Georgia"));
        int addison = b.unit("Cobb/Addison 01", "Addison 01", UnitLevel.PRECINCT, Optional.of("Cobb"));
        int fulton = b.unit("Fulton", "Fulton", UnitLevel.COUNTY, Optional.of("Georgia"));
        int contest = b.contest("U.S. Representative, District 6", 1);
        int handel = b.choice(contest, "Karen Handel", Optional.of("R"), false);
        int ossoff = b.choice(contest, "Jon Ossoff", Optional.of("D"), false);
        int writeIn = b.choice(contest, "Write-in", Optional.empty(), true);
        VoteType[] types = {ELECTION_DAY, BY_MAIL, ADVANCE, ADVANCE_2};
        for (int t = 0; t < types.length; t++) {
            int type = b.voteType(types[t]);
            b.tally(contest, handel, addison, type, 100 + t);
            b.tally(contest, ossoff, addison, type, 90 + t);
            b.tally(contest, handel, fulton, type, 1000 + t);
            b.tally(contest, ossoff, fulton, type, 1100 + t);
            b.statistic(fulton, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, type, 2150 + t);
        }
        int all = b.voteType(VoteType.ALL);
        b.tally(contest, writeIn, fulton, all, 3);
        b.statistic(cobb, UnitStatistic.UNIT_WIDE, StatisticKind.REGISTERED_VOTERS, all, 5000);
        b.statistic(addison, contest, StatisticKind.UNDERVOTES, all, 4);
        b.statistic(addison, contest, StatisticKind.OVERVOTES, all, 1);
        return b.build();
    }

    /** Three county files read side by side: counties with no parent, each counted. */
    static Election flatCounties() {
        ElectionBuilder b = new ElectionBuilder().name("Flat");
        int contest = b.contest("Question 1", 1);
        int yes = b.choice(contest, "Yes", Optional.empty(), false);
        int no = b.choice(contest, "No", Optional.empty(), false);
        int all = b.voteType(VoteType.ALL);
        for (String county : new String[] {"Cobb", "DeKalb", "Fulton"}) {
            int u = b.unit(county, county, UnitLevel.COUNTY, Optional.empty());
            b.tally(contest, yes, u, all, county.length());
            b.tally(contest, no, u, all, 10);
        }
        return b.build();
    }

    /** What NIST ERR has no place for: undervotes by vote type, a contest's ballots cast, unit-wide overvotes. */
    static Election statisticsNistCannotHold() {
        ElectionBuilder b = new ElectionBuilder().name("Odd statistics").date(LocalDate.of(2020, 11, 3));
        int county = b.unit("county", "County", UnitLevel.COUNTY, Optional.empty());
        int contest = b.contest("Mayor", 1);
        b.choice(contest, "Ann", Optional.empty(), false);
        int day = b.voteType(ELECTION_DAY);
        int mail = b.voteType(BY_MAIL);
        b.tally(contest, 0, county, day, 10);
        b.statistic(county, contest, StatisticKind.UNDERVOTES, day, 2);
        b.statistic(county, contest, StatisticKind.UNDERVOTES, mail, 3);
        b.statistic(county, contest, StatisticKind.BALLOTS_CAST, day, 12);
        b.statistic(county, UnitStatistic.UNIT_WIDE, StatisticKind.OVERVOTES, day, 1);
        return b.build();
    }
}
