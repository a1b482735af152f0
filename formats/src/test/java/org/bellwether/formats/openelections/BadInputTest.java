package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the reader refuses, each with the exact message a user sees. */
class BadInputTest {

    private static final String HEADER = "county,precinct,office,district,party,candidate,votes";

    @TempDir
    Path dir;

    private void refuses(Path file, String location, String problem) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + (location.isEmpty() ? "" : ": " + location) + ": " + problem);
    }

    private Path oneRow(String row) {
        return csv(dir, "bad.csv", HEADER, row);
    }

    @Test
    void rejectsVotesThatAreNotAWholeNumber() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,12a"), "line 2", "votes \"12a\" are not a whole number");
    }

    @Test
    void rejectsNegativeVotes() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,-5"), "line 2", "votes \"-5\" are negative");
    }

    @Test
    void rejectsVotesOverTheTallyLimit() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,2147483648"), "line 2",
                "votes 2147483648 are over the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,123456789012345678901"), "line 2",
                "votes 123456789012345678901 are over the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
    }

    @Test
    void rejectsBlankVotes() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,"), "line 2", "votes are blank");
    }

    @Test
    void rejectsExponentNotationThatIsNoWholeNumber() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,1.5e0"), "line 2", "votes \"1.5e0\" are not a whole number");
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,1e-3"), "line 2", "votes \"1e-3\" are not a whole number");
    }

    @Test
    void rejectsANonNumericVoteTypeCell() {
        Path file = csv(dir, "types.csv", "county,precinct,office,candidate,votes,election_day,advance",
                "Cobb,A,U.S. House,Handel,5,x,5");
        refuses(file, "line 2", "election_day votes \"x\" are not a whole number");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFields() {
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel"), "line 2", "6 fields, but the header has 7");
        refuses(oneRow("Cobb,A,U.S. House,6,R,Handel,5,9"), "line 2", "8 fields, but the header has 7");
    }

    @Test
    void rejectsAHeaderWithoutRequiredColumns() {
        refuses(csv(dir, "h.csv", "county,precinct,district,party,votes", "Cobb,A,6,R,5"), "line 1",
                "missing required columns: office, candidate");
        refuses(csv(dir, "v.csv", "county,precinct,office,candidate", "Cobb,A,U.S. House,Handel"), "line 1",
                "missing column: votes (and there are no vote-type columns)");
    }

    @Test
    void rejectsAnUnknownLayout() {
        refuses(csv(dir, "lean.csv", "\uFEFFdistrict,2018", "AK-01,R+15"), "line 1",
                "unknown layout: not an OpenElections header, which names county, office and candidate columns "
                        + "(it is \"district,2018\")");
    }

    @Test
    void rejectsHeaderColumnsWithoutNameOrTwice() {
        refuses(csv(dir, "n.csv", "county,precinct,office,,candidate,votes"), "line 1", "header column 4 has no name");
        refuses(csv(dir, "t.csv", "county,precinct,office,candidate,votes,Votes"), "line 1",
                "header column \"Votes\" appears twice (columns 5 and 6)");
    }

    @Test
    void rejectsADuplicateRowNamingBothLines() {
        Path file = csv(dir, "dup.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,A,U.S. House,6,D,Ossoff,4",
                "Cobb,A,U.S. House,6,R,Handel,5");
        refuses(file, "line 4", "duplicate row: Cobb/A, U.S. House, District 6, Handel (all) was already given on "
                + "line 2");
    }

    @Test
    void rejectsADuplicateStatisticRowNamingBothLines() {
        Path file = csv(dir, "dup.csv", HEADER, "Cobb,A,Voters,,,Registered,50", "Cobb,A,Voters,,,Registered,50");
        refuses(file, "line 3", "duplicate row: Registered of Cobb/A (all) was already given on line 2");
    }

    @Test
    void rejectsARowAlreadyReadFromAnEarlierFile() {
        Path first = csv(dir, "first.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5");
        Path second = csv(dir, "second.csv", HEADER, "Cobb,B,U.S. House,6,R,Handel,3",
                "Cobb,A,U.S. House,6,R,Handel,5");
        assertThatThrownBy(() -> read(first, second)).isInstanceOf(InputException.class).hasMessage(second
                + ": line 3: duplicate row: Cobb/A, U.S. House, District 6, Handel (all) was already read from an "
                + "earlier file");
    }

    @Test
    void rejectsADuplicateTotalRow() {
        Path file = csv(dir, "dup.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,TOTAL,U.S. House,6,R,Handel,5",
                "Cobb,Total,U.S. House,6,R,Handel,5");
        refuses(file, "line 4", "duplicate total row: Cobb Total, U.S. House, District 6, Handel (all) was already "
                + "given on line 3");
    }

    @Test
    void rejectsATotalThatDisagreesWithItsParts() {
        Path file = csv(dir, "total.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,B,U.S. House,6,R,Handel,5",
                "Cobb,TOTAL,U.S. House,6,R,Handel,11");
        refuses(file, "line 4", "total row gives 11 for Cobb TOTAL, U.S. House, District 6, Handel (all) but its "
                + "precinct rows add up to 10 (--totals report would note this and keep the precinct rows)");
    }

    @Test
    void rejectsATruncatedFileEndingInsideAQuotedField() {
        Path file = csv(dir, "cut.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,B,\"U.S. House,6,R,Han");
        refuses(file, "line 3", "truncated file: the record starting on this line ends inside a quoted field");
    }

    @Test
    void rejectsATruncatedFileCutBetweenFields() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.csv"),
                HEADER + "\nCobb,A,U.S. House,6,R,Handel,5\nCobb,B,U.S. Ho");
        refuses(file, "line 3", "3 fields, but the header has 7");
    }

    @Test
    void rejectsCharactersAfterAClosingQuote() {
        refuses(oneRow("Cobb,\"A\"x,U.S. House,6,R,Handel,5"), "line 2",
                "not valid CSV: Unexpected character after closing quote: 'x' (0x78) (record starting at line 2)");
    }

    @Test
    void rejectsAnEmptyFileAndBlankCells() {
        refuses(csv(dir, "empty.csv", ""), "", "no header line: the file is empty");
        refuses(oneRow(" ,A,U.S. House,6,R,Handel,5"), "line 2", "county is blank");
        refuses(oneRow("Cobb,A, ,6,R,Handel,5"), "line 2", "office is blank");
    }

    @Test
    void rejectsARowWhoseVoteTypeCellsAreAllBlankWithoutAVotesColumn() {
        Path file = csv(dir, "types.csv", "county,precinct,office,candidate,election_day,advance",
                "Cobb,A,U.S. House,Handel,,");
        refuses(file, "line 2", "no votes: every vote-type column is blank");
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "\nCobb,Mari\u00e9tta,U.S. House,6,R,Handel,5\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        refuses(file, "", "not UTF-8 text: it holds a byte sequence UTF-8 does not allow");
    }

    @Test
    void rejectsAMissingFile() {
        Path file = dir.resolve("missing.csv");
        assertThatThrownBy(() -> new OpenElectionsCsvReader().read(file, new ElectionBuilder(),
                org.bellwether.formats.ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": file does not exist");
    }
}
