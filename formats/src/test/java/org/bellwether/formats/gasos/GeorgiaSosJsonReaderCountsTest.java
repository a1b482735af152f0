package org.bellwether.formats.gasos;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.gasos.SmallExport.read;
import static org.bellwether.formats.gasos.SmallExport.replacing;
import static org.bellwether.formats.gasos.SmallExport.write;

import java.nio.file.Path;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every count is a whole number from 0 to the tally limit, and an error names its JSON path. */
class GeorgiaSosJsonReaderCountsTest {

    /** Cobb County, OSSOFF, Absentee by Mail. */
    static final String COBB_OSSOFF_ABSENTEE = "$.localResults[0].ballotItems[0].ballotOptions[1].groupResults[1]"
            + ".voteCount";

    @TempDir
    Path dir;

    private void assertFails(String target, String replacement, String message) {
        Path file = write(dir, replacing(target, replacement));
        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void rejectsANegativeCount() {
        assertFails("\"voteCount\":377", "\"voteCount\":-5", COBB_OSSOFF_ABSENTEE + ": votes -5 are negative");
    }

    @Test
    void rejectsACountInQuotes() {
        assertFails("\"voteCount\":377", "\"voteCount\":\"377\"",
                COBB_OSSOFF_ABSENTEE + ": expected a whole number of votes, found the string \"377\"");
    }

    @Test
    void rejectsANonNumericCount() {
        assertFails("\"voteCount\":377", "\"voteCount\":\"12a\"",
                COBB_OSSOFF_ABSENTEE + ": expected a whole number of votes, found the string \"12a\"");
    }

    @Test
    void rejectsAFractionalCount() {
        assertFails("\"voteCount\":377", "\"voteCount\":377.5",
                COBB_OSSOFF_ABSENTEE + ": expected a whole number of votes, found the number 377.5");
    }

    @Test
    void rejectsANullCount() {
        assertFails("\"voteCount\":377", "\"voteCount\":null",
                COBB_OSSOFF_ABSENTEE + ": expected a whole number of votes, found null");
    }

    @Test
    void rejectsACountOverTheTallyLimit() {
        assertFails("\"voteCount\":377", "\"voteCount\":2147483648", COBB_OSSOFF_ABSENTEE
                + ": votes 2147483648 are over the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
    }

    @Test
    void rejectsACountBeyondEveryMachineInteger() {
        assertFails("\"voteCount\":377", "\"voteCount\":99999999999999999999", COBB_OSSOFF_ABSENTEE
                + ": votes 99999999999999999999 are over the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)");
    }

    @Test
    void rejectsACountLongerThanTheNumberLengthLimit() {
        assertFails("\"voteCount\":377", "\"voteCount\":123456789012345678901",
                "line 14, column 116: JSON number length 21 exceeds the limit of 20 (JsonLimit.NUMBER_LENGTH)");
    }

    @Test
    void rejectsAMissingCount() {
        assertFails("{\"groupName\":\"Absentee by Mail\",\"voteCount\":377}", "{\"groupName\":\"Absentee by Mail\"}",
                "$.localResults[0].ballotItems[0].ballotOptions[1].groupResults[1]: \"voteCount\" is missing or empty");
    }

    @Test
    void rejectsAVoteForOfZero() {
        assertFails("\"name\":\"Cobb County\",\"ballotItems\":[\n   {\"id\":\"30600\",\"name\":\"U.S. Representative, "
                + "District 6\",\"voteFor\":1", "\"name\":\"Cobb County\",\"ballotItems\":[\n   {\"id\":\"30600\","
                + "\"name\":\"U.S. Representative, District 6\",\"voteFor\":0",
                "$.localResults[0].ballotItems[0].voteFor: voteFor 0 is outside 1..4096");
    }
}
