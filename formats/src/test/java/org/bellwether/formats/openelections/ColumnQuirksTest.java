package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the shared files lay out their columns, units, contests and counts. One case per quirk. */
class ColumnQuirksTest {

    private static final String HEADER = "county,precinct,office,district,party,candidate,votes";
    private static final String HOUSE = "U.S. House, District 6";

    @TempDir
    Path dir;

    private static String note(String file, String text) {
        return "openelections-csv: " + file + ": " + text;
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
    void fileNamesFollowingTheStandardGiveDateStateAndKind() {
        Election e = read(csv(dir, "20170620__ga__special__general__runoff__cobb__precinct.csv", HEADER,
                "Cobb,A,U.S. House,6,R,Karen Handel,5"));

        assertThat(e.date()).contains(java.time.LocalDate.of(2017, 6, 20));
        assertThat(e.state()).contains("GA");
        assertThat(e.type()).isEqualTo(org.bellwether.core.ElectionType.RUNOFF);
        assertThat(e.name()).isEqualTo("GA special general runoff");
    }

    @Test
    void filesWhoseNamesDisagreeOnTheDayKeepTheEarlierWithANote() {
        // KS-04's 11 April 2017 special: some counties' files are named 20170417
        Election e = read(csv(dir, "20170411__ks__special__general__barber__precinct.csv", HEADER,
                "Barber,A,U.S. House,4,REP,Estes,5"), csv(dir, "20170417__ks__special__general__elk__precinct.csv",
                HEADER, "Elk,A,U.S. House,4,REP,Estes,5"));

        assertThat(e.date()).contains(java.time.LocalDate.of(2017, 4, 11));
        assertThat(e.notes()).anyMatch(n -> n.endsWith("20170417__ks__special__general__elk__precinct.csv: its name"
                + " gives the day 2017-04-17, another file's 2017-04-11: 2017-04-11, the earlier, is kept (give --date"
                + " to say otherwise)"));
    }

    @Test
    void aFileNameOutsideTheStandardGivesNothingAndSaysSo() {
        Election e = read(csv(dir, "results.csv", HEADER, "Elk,A,U.S. House,4,REP,Estes,5"));

        assertThat(e.date()).isEmpty();
        assertThat(e.name()).isEmpty();
        assertThat(e.state()).isEmpty();
        assertThat(e.notes()).anyMatch(n -> n.contains("results.csv: the file name does not follow OpenElections'"
                + " naming standard"));
    }
}
