package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.openelections.Tabulation.csv;
import static org.bellwether.formats.openelections.Tabulation.read;

import java.nio.file.Path;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A total below its parts is refused as surely as one above them: a check written {@code total > sum} instead of
 * {@code total != sum} passed every test that only had totals above their parts.
 */
class TotalsBelowPartsTest {

    private static final String HEADER = "county,precinct,office,district,party,candidate,votes";

    @TempDir
    Path dir;

    @Test
    void aTotalRowBelowItsPrecinctsIsRefused() {
        Path file = csv(dir, "t.csv", HEADER, "Cobb,A,U.S. House,6,R,Handel,5", "Cobb,B,U.S. House,6,R,Handel,6",
                "Cobb,TOTAL,U.S. House,6,R,Handel,10");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class).hasMessage(file + ": line 4: total"
                + " row gives 10 for Cobb TOTAL, U.S. House, District 6, Handel (all) but its precinct rows add up to 11"
                + " (--totals report would note this and keep the precinct rows)");
    }

    @Test
    void aVotesColumnBelowItsVoteTypeColumnsIsRefused() {
        Path file = csv(dir, "v.csv", HEADER + ",election_day,absentee_by_mail",
                "Cobb,A,U.S. House,6,R,Handel,8,5,4");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 2: votes 8 disagree with the vote-type columns: ")
                .hasMessageContaining(" = 9");
    }
}
