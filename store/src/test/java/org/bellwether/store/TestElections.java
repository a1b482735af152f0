package org.bellwether.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.bellwether.core.Election;
import org.bellwether.core.SameElection;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Source;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.TallyTable;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/** Generated elections for store tests: a state, counties, precincts, a few contests, two vote types. */
final class TestElections {

    static final String NAME = "General Election";
    static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    static final int CONTESTS = 4;
    static final int CHOICES = 3;

    private TestElections() {
    }

    /** {@code precincts} precincts in counties of 25, each with 4 contests x 3 choices x 2 vote types. */
    static Election statewide(int precincts, long seed) {
        ElectionBuilder b = new ElectionBuilder().name(NAME).date(DAY).type(ElectionType.GENERAL);
        SplittableRandom random = new SplittableRandom(seed);
        int state = b.unit("State", "State", UnitLevel.STATE, Optional.empty());
        int day = b.voteType(new VoteType("Election Day", VoteCategory.ELECTION_DAY));
        int mail = b.voteType(new VoteType("Absentee by Mail", VoteCategory.ABSENTEE_BY_MAIL));
        for (int p = 0; p < precincts; p++) {
            String county = "County " + (p / 25 + 1);
            b.unit(county, county, UnitLevel.COUNTY, Optional.of("State"));
            int unit = b.unit(county + "/Precinct " + (p + 1), "Precinct " + (p + 1), UnitLevel.PRECINCT,
                    Optional.of(county));
            b.statistic(unit, UnitStatistic.UNIT_WIDE, StatisticKind.REGISTERED_VOTERS, day, 500 + random.nextInt(3000));
            for (int c = 0; c < CONTESTS; c++) {
                int contest = b.contest("Contest " + (c + 1), 1);
                for (int k = 0; k < CHOICES; k++) {
                    int choice = b.choice(contest, "Candidate " + (char) ('A' + k) + " " + (c + 1),
                            Optional.of(k == 0 ? "REP" : "DEM"), false);
                    b.tally(contest, choice, unit, day, random.nextInt(1000));
                    b.tally(contest, choice, unit, mail, random.nextInt(300));
                }
            }
        }
        b.statistic(state, UnitStatistic.UNIT_WIDE, StatisticKind.BALLOTS_CAST, day, 12345);
        return b.source(new Source("generated-" + seed + ".csv", sha(seed), "generated"))
                .note("generated with seed " + seed).build();
    }

    /** The same election with every {@code every}-th tally's votes changed; the sources say it is a new file. */
    static Election churn(Election e, int every, int offset, long fileSeed) {
        return withVotes(e, fileSeed, row -> (row - offset) % every == 0 ? 1 : 0);
    }

    /** The same election with the votes of each row increased by {@code delta.applyAsLong(row)}. */
    static Election withVotes(Election e, long fileSeed, LongUnaryOperator delta) {
        TallyTable.Builder t = TallyTable.builder();
        for (int row = 0; row < e.tallies().size(); row++) {
            var tally = e.tallies().get(row);
            t.add(tally.contest(), tally.choice(), tally.unit(), tally.voteType(),
                    tally.votes() + delta.applyAsLong(row));
        }
        return new Election(e.name(), e.date(), e.type(), e.contests(), e.units(), e.voteTypes(), t.build(),
                e.statistics(), List.of(new Source("generated-" + fileSeed + ".csv", sha(fileSeed), "generated")),
                e.notes());
    }

    static String sha(long seed) {
        return String.format("%064x", seed);
    }

    /** Every list equal, tallies row by row in order: what was imported is what is read back. */
    static void assertSame(Election actual, Election expected) {
        SameElection.assertSameElection(actual, expected);
    }
}
