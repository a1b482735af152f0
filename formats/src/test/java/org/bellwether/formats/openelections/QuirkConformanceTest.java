package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bellwether.formats.openelections.Tabulation.choiceNames;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.statistic;
import static org.bellwether.formats.openelections.Tabulation.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small case per quirk of the shared OpenElections files, named after the quirk. */
class QuirkConformanceTest {

    private static final String HEADER = "county,precinct,office,district,party,candidate,votes";
    private static final String HOUSE = "U.S. House, District 6";

    @TempDir
    Path dir;

    private static String note(String file, String text) {
        return "openelections-csv: " + file + ": " + text;
    }

    @Test
    void totalPseudoPrecinctInAnySpellingIsCheckedAndNeverStored() {
        for (String total : new String[] {"TOTAL", "Total", "Totals", "totals"}) {
            Election e = read(csv(dir, "t.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5",
                    "Cobb,B,U.S. House,6,R,Handel,6", "Cobb," + total + ",U.S. House,6,R,Handel,11"));

            assertThat(votes(e, HOUSE, "Handel")).isEqualTo(11);
            assertThat(e.units()).extracting(u -> u.id()).containsExactly("Cobb", "Cobb/A", "Cobb/B");
            assertThat(e.notes()).contains(note("t.csv", "1 total rows match the sum of 2 precinct rows"));
        }
    }

    @Test
    void blankPrecinctRowsAreCountyTotals() {
        Election e = read(csv(dir, "b.csv", HEADER, "Cobb,,U.S. House,6,R,Handel,11",
                "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,B,U.S. House,6,R,Handel,6"));

        assertThat(votes(e, HOUSE, "Handel")).isEqualTo(11);
        assertThat(e.notes()).contains(note("b.csv", "1 total rows match the sum of 2 precinct rows"));
    }

    @Test
    void totalCountyRowOfACountyLevelFileTotalsTheFile() {
        Election e = read(csv(dir, "c.csv", "county,office,district,party,candidate,votes",
                "Barber,U.S. House,4,R,Estes,647", "Butler,U.S. House,4,R,Estes,7430",
                "TOTALS,U.S. House,4,R,Estes,8077"));

        assertThat(votes(e, "U.S. House, District 4", "Estes")).isEqualTo(8_077);
        assertThat(e.units()).extracting(u -> u.id()).containsExactly("Barber", "Butler");
        assertThat(e.notes()).contains(note("c.csv", "1 total rows match the sum of 2 county rows"));
    }

    @Test
    void totalThatDisagreesIsReportedUnderReportAndThePartsKept() {
        Election e = read(ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT), csv(dir, "r.csv", HEADER,
                "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,TOTAL,U.S. House,6,R,Handel,7"));

        assertThat(votes(e, HOUSE, "Handel")).isEqualTo(5);
        assertThat(e.notes()).contains(
                note("r.csv", "line 3: total row gives 7 for Cobb TOTAL, U.S. House, District 6, Handel (all) but "
                        + "its precinct rows add up to 5; the precinct rows are kept"),
                note("r.csv", "1 of 1 total rows disagree with the sum of 1 precinct row"));
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
    void blankCandidateIsTheUnitsContestTotal() {
        Path file = csv(dir, "k.csv", HEADER, "Chautauqua,A,U.S. House,4,LIB,Rockhold,2",
                "Chautauqua,A,U.S. House,4,DEM,Thompson,1", "Chautauqua,A,U.S. House,4,,,3",
                "Chautauqua,Total,U.S. House,4,,,3");

        Election e = read(file);

        assertThat(choiceNames(e, "U.S. House, District 4")).containsExactly("Rockhold", "Thompson");
        assertThat(e.notes()).contains(note("k.csv", "2 total rows match the sum of 2 precinct rows"));
    }

    @Test
    void blankCandidateThatDisagreesNamesItsUnit() {
        Election e = read(ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT), csv(dir, "k.csv", HEADER,
                "Chautauqua,A,U.S. House,4,LIB,Rockhold,2", "Chautauqua,A,U.S. House,4,,,4"));

        assertThat(e.notes()).contains(note("k.csv", "line 3: total row gives 4 for Chautauqua/A, U.S. House, "
                + "District 4, all candidates (all) but its precinct rows add up to 2; the precinct rows are kept"));
    }

    @Test
    void voteTypeColumnsDifferByCountyAndAreMappedByName() {
        Election e = read(csv(dir, "v.csv", "county,precinct,office,candidate,votes,Early_Voting,absentee_by_mail,"
                + "election_day_paper,hand_count_provisional,regular_votes,other_ballots,vtd",
                "X,A,Mayor,Smith,21,1,2,3,4,5,6,000010"));

        assertThat(e.voteTypes()).containsExactly(new VoteType("Early_Voting", VoteCategory.ADVANCE_IN_PERSON),
                new VoteType("absentee_by_mail", VoteCategory.ABSENTEE_BY_MAIL),
                new VoteType("election_day_paper", VoteCategory.ELECTION_DAY),
                new VoteType("hand_count_provisional", VoteCategory.PROVISIONAL),
                new VoteType("regular_votes", VoteCategory.OTHER), new VoteType("other_ballots", VoteCategory.OTHER));
        assertThat(votes(e, "Mayor", "Smith", "regular_votes")).isEqualTo(5);
    }

    @Test
    void voteTypeCellsAllBlankKeepTheVotesAsAll() {
        Election e = read(csv(dir, "h.csv", "county,precinct,office,candidate,votes,election_day,advance",
                "Harvey,A,U.S. House,Registered Voters,474,,", "Harvey,A,U.S. House,Estes,30,17,13"));

        assertThat(e.statistics()).singleElement()
                .satisfies(s -> assertThat(e.voteTypes().get(s.voteType())).isEqualTo(VoteType.ALL));
        assertThat(votes(e, "U.S. House", "Estes", "election_day")).isEqualTo(17);
    }

    @Test
    void blankVoteTypeCellBesideFilledOnesCountsZero() {
        Election e = read(csv(dir, "k.csv", "county,precinct,office,candidate,regular_votes,provisional,votes",
                "Kiowa,A,U.S. House,Estes,56,,56"));

        assertThat(e.tallies().stream().map(t -> t.votes())).containsExactly(56L, 0L);
    }

    @Test
    void columnsInAnotherOrderAreFoundByName() {
        Election e = read(csv(dir, "m.csv", "votes,candidate,party,office,district,precinct,county",
                "106,GREG GIANFORTE,Republican,U.S. House,,PRECINCT 01,Beaverhead"));

        assertThat(votes(e, "U.S. House", "GREG GIANFORTE")).isEqualTo(106);
        assertThat(e.units().get(1).id()).isEqualTo("Beaverhead/PRECINCT 01");
    }

    @Test
    void countyNamesInCapitalsReadAsCapitalisedWords() {
        Election e = read(csv(dir, "c.csv", "county,office,candidate,votes", "LEWIS AND CLARK,Mayor,Smith,1",
                "DeKalb,Mayor,Smith,2", "McCone,Mayor,Smith,3"));

        assertThat(e.units()).extracting(u -> u.id()).containsExactly("Lewis And Clark", "DeKalb", "McCone");
        assertThat(e.notes()).contains(note("c.csv", "county names written in capitals read as capitalised words, "
                + "to match the counties' own files: LEWIS AND CLARK -> Lewis And Clark"));
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
    void localMeasuresMixedIntoAHouseFileAreKeptAsContests() {
        Election e = read(csv(dir, "m.csv", HEADER, "Hill,A,U.S. House,,Republican,GIANFORTE,10",
                "Hill,A,CEMETERY MILL LEVY,,,FOR,5", "Hill,A,CEMETERY MILL LEVY,,,AGAINST,4"));

        assertThat(e.contests()).extracting(Contest::name).containsExactly("U.S. House", "CEMETERY MILL LEVY");
    }

    @Test
    void exponentNotationForAWholeNumberIsReadWithANote() {
        Election e = read(csv(dir, "x.csv", HEADER, "Gallatin,PCT 66A,U.S. House,,Democratic,ROB QUIST,1e3",
                "Gallatin,PCT 67,U.S. House,,Democratic,ROB QUIST,1.2E+2"));

        assertThat(votes(e, "U.S. House", "ROB QUIST")).isEqualTo(1_120);
        assertThat(e.notes()).contains(note("x.csv", "line 2: votes \"1e3\" read as 1000 (exponent notation)"),
                note("x.csv", "line 3: votes \"1.2E+2\" read as 120 (exponent notation)"));
    }

    @Test
    void districtNamesTheContest() {
        Election e = read(csv(dir, "d.csv", HEADER, "Cobb,A,U.S. Representative,6,,PRICE,1",
                "Cobb,A,\"Public Service Commission, District 2\",2,,ECHOLS,1",
                "Cobb,A,District Attorney,Cobb Circuit,,REYNOLDS,1", "Cobb,A,SHERIFF,,,WARREN,1"));

        assertThat(e.contests()).extracting(Contest::name).containsExactly("U.S. Representative, District 6",
                "Public Service Commission, District 2", "District Attorney, Cobb Circuit", "SHERIFF");
    }

    @Test
    void crlfLineEndsByteOrderMarkAndBlankLinesAreTolerated() throws IOException {
        Path file = dir.resolve("crlf.csv");
        Files.writeString(file, "\uFEFF" + HEADER + "\r\n\r\nCobb,A,U.S. House,6,R,Handel,5\r\n   \r\n"
                + "Cobb,B,U.S. House,6,R,Handel,6\r\n\r\n");

        Election e = read(file);

        assertThat(votes(e, HOUSE, "Handel")).isEqualTo(11);
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        Election e = read(csv(dir, "q.csv", HEADER,
                "Barber,A,President,,Write-ins,\"De La Fuente, \"\"Rocky\"\" Roque\",3"));

        assertThat(choiceNames(e, "President")).containsExactly("De La Fuente, \"Rocky\" Roque");
    }

    @Test
    void fileNameDatesAreNotTrusted() {
        Election e = read(csv(dir, "20170417__ks__special__general__elk__precinct.csv", HEADER,
                "Elk,A,U.S. House,4,REP,Estes,5"));

        assertThat(e.date()).isEmpty();
        assertThat(e.name()).isEmpty();
    }
}
