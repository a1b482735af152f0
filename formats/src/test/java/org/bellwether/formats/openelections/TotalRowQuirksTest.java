package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.choiceNames;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;

import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Total rows of the shared files: checked against their parts, never stored. One case per quirk. */
class TotalRowQuirksTest {

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
    void blankCandidateIsTheUnitsContestTotal() {
        Path file = csv(dir, "k.csv", HEADER, "Chautauqua,A,U.S. House,4,LIB,Rockhold,2",
                "Chautauqua,A,U.S. House,4,DEM,Thompson,1", "Chautauqua,A,U.S. House,4,,,3",
                "Chautauqua,Total,U.S. House,4,,,3");

        Election e = read(file);

        assertThat(choiceNames(e, "U.S. House, District 4")).containsExactly("Rockhold", "Thompson");
        assertThat(e.notes()).contains(note("k.csv", "2 total rows match the sum of 2 precinct rows"));
    }

    @Test
    void totalVotesCandidateCellIsAContestTotalToo() {
        Election e = read(csv(dir, "v.csv", HEADER, "Elk,A,U.S. House,4,REP,Estes,5",
                "Elk,A,U.S. House,4,DEM,Thompson,2", "Elk,A,U.S. House,4,,Total Votes,7"));

        assertThat(choiceNames(e, "U.S. House, District 4")).containsExactly("Estes", "Thompson");
        assertThat(e.notes()).contains(note("v.csv", "1 total rows match the sum of 2 precinct rows"));
    }

    @Test
    void blankCandidateThatDisagreesNamesItsUnit() {
        Election e = read(ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT), csv(dir, "k.csv", HEADER,
                "Chautauqua,A,U.S. House,4,LIB,Rockhold,2", "Chautauqua,A,U.S. House,4,,,4"));

        assertThat(e.notes()).contains(note("k.csv", "line 3: total row gives 4 for Chautauqua/A, U.S. House, "
                + "District 4, all candidates (all) but its precinct rows add up to 2; the precinct rows are kept"));
    }

    @Test
    void statisticsInTotalRowsAreCheckedPerKindAndOnlyNotedEvenWhenTotalsAreRejected() {
        Election e = read(ReadOptions.DEFAULT, csv(dir, "s.csv", HEADER,
                "Cobb,A,Voters,,,Registered,100", "Cobb,B,Voters,,,Registered,50", "Cobb,A,Voters,,,Ballots Cast,60",
                "Cobb,TOTAL,Voters,,,Registered,150", "Cobb,TOTAL,Voters,,,Ballots Cast,61"));

        assertThat(e.notes()).contains(
                note("s.csv", "line 6: total row gives 61 for Cobb TOTAL, Ballots Cast (all) but its precinct rows "
                        + "add up to 60; a statistic, so noted and the precinct rows kept"),
                note("s.csv", "1 of 2 total rows disagree with the sum of 3 precinct rows"));
    }
}
