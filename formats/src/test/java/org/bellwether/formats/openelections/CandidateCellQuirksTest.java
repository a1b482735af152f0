package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bellwether.formats.openelections.Tabulation.choiceNames;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.statistic;
import static org.bellwether.formats.openelections.Tabulation.votes;

import java.nio.file.Path;
import java.util.Map;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the candidate and party cells of the shared files hold. One case per quirk. */
class CandidateCellQuirksTest {

    private static final String HEADER = "county,precinct,office,district,party,candidate,votes";

    @TempDir
    Path dir;

    private static String note(String file, String text) {
        return "openelections-csv: " + file + ": " + text;
    }

    @Test
    void registeredVotersAndBallotsCastPosingAsCandidatesAreUnitStatistics() {
        Election e = read(csv(dir, "s.csv", HEADER, "Harvey,A,U.S. House,4,,Registered Voters,474",
                "Harvey,A,U.S. House,4,,Ballots Cast,140", "Harvey,A,U.S. House,4,R,Estes,100",
                "Harvey,B,Voters,,,Registered,300"));

        assertThat(choiceNames(e, "U.S. House, District 4")).containsExactly("Estes");
        assertThat(e.contestIndex("Voters")).isEqualTo(-1);
        assertThat(e.statistics()).extracting(UnitStatistic::kind, UnitStatistic::contest, UnitStatistic::count)
                .containsExactly(tuple(StatisticKind.REGISTERED_VOTERS, -1, 474L),
                        tuple(StatisticKind.BALLOTS_CAST, -1, 140L), tuple(StatisticKind.REGISTERED_VOTERS, -1, 300L));
    }

    @Test
    void underVotesBlanksAndOverVotesAreContestStatistics() {
        Election e = read(csv(dir, "u.csv", HEADER, "Sedgwick,101,U.S. House,4,,Blanks,3",
                "Sedgwick,102,U.S. House,4,,Under Votes,2", "Sedgwick,103,U.S. House,4,,Over Votes,1",
                "Sedgwick,101,U.S. House,4,R,Estes,100"));

        assertThat(statistic(e, StatisticKind.UNDERVOTES)).isEqualTo(5);
        assertThat(statistic(e, StatisticKind.OVERVOTES)).isEqualTo(1);
        assertThat(e.statistics()).allMatch(s -> s.contest() == e.contestIndex("U.S. House, District 4"));
        assertThat(e.notes()).contains(note("u.csv", "candidate cells read as statistics, not choices: "
                + "'Blanks' (undervotes) 1 row, 'Under Votes' (undervotes) 1 row, 'Over Votes' (overvotes) 1 row"));
    }

    @Test
    void writeInsRowIsAWriteInChoice() {
        Election e = read(csv(dir, "w.csv", HEADER, "Elk,A,U.S. House,4,,Write-ins,2"));

        assertThat(e.contests().get(0).choices()).singleElement()
                .satisfies(c -> assertThat(c.writeIn()).isTrue());
    }

    @Test
    void partyLabelsAreKeptAsWrittenFirstOneWins() {
        Path first = csv(dir, "a.csv", HEADER, "Elk,A,U.S. House,4,,Thompson,1", "Elk,B,U.S. House,4,DEM,Thompson,1");
        Path second = csv(dir, "b.csv", HEADER, "Pratt,A,U.S. House,4,D,Thompson,1");

        Election e = read(first, second);

        assertThat(e.contests().get(0).choices().get(0).party()).contains("DEM");
    }

    @Test
    void garbledPartyColumnIsIgnored() {
        Election e = read(csv(dir, "g.csv", HEADER, "Cobb,A,State Senate,38,DEM,HORACENA TATE,5",
                "Cobb,A,State Senate,38,J. W. MORROW JR (REP,JAMES,4"));

        assertThat(e.contests().get(0).choices()).allMatch(c -> c.party().isEmpty());
        assertThat(e.notes()).contains(note("g.csv", "party column ignored: it holds fragments of candidate "
                + "names, such as \"J. W. MORROW JR (REP\" on line 3"));
    }

    @Test
    void writeInsPartyLabelMarksAWriteIn() {
        Election e = read(csv(dir, "w.csv", HEADER, "Barber,A,President,,Write-ins,\"Basiago, Andrew D.\",0"));

        assertThat(e.contests().get(0).choices()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Basiago, Andrew D.");
            assertThat(c.writeIn()).isTrue();
            assertThat(c.party()).isEmpty();
        });
    }

    @Test
    void candidateSpelledThreeWaysMergesOnlyThroughAliases() {
        Path file = csv(dir, "t.csv", HEADER, "Kingman,A,U.S. House,4,DEM,James Thompson,10",
                "Kingman,B,U.S. House,4,DEM,James A Thompson,20", "Kingman,C,U.S. House,4,DEM,James A. Thompson,30");

        assertThat(choiceNames(read(file), "U.S. House, District 4")).containsExactly("James Thompson",
                "James A Thompson", "James A. Thompson");

        ChoiceAliases aliases = new ChoiceAliases(Map.of("James Thompson", "James A. Thompson",
                "James A Thompson", "James A. Thompson"));
        Election merged = read(ReadOptions.DEFAULT.withAliases(aliases), file);

        assertThat(choiceNames(merged, "U.S. House, District 4")).containsExactly("James A. Thompson");
        assertThat(votes(merged, "U.S. House, District 4", "James A. Thompson")).isEqualTo(60);
        assertThat(merged.notes()).contains("alias: 'James Thompson' -> 'James A. Thompson' in t.csv, 1 row",
                "alias: 'James A Thompson' -> 'James A. Thompson' in t.csv, 1 row");
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        Election e = read(csv(dir, "q.csv", HEADER,
                "Barber,A,President,,Write-ins,\"De La Fuente, \"\"Rocky\"\" Roque\",3"));

        assertThat(choiceNames(e, "President")).containsExactly("De La Fuente, \"Rocky\" Roque");
    }
}
