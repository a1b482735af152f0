package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    private static final Contest CONTEST = Contests.of("A", "B", "C");

    @Test
    void voteCountsMustMatchTheChoices() {
        assertThatThrownBy(() -> Tabulator.tabulate(CONTEST, new long[] {1, 2}, new Plurality(1), TieBreak.BY_LAW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Test contest': 2 vote counts for 3 choices");
    }

    @Test
    void negativeVotesAreRefusedNamingTheChoice() {
        assertThatThrownBy(() -> Tabulator.tabulate(CONTEST, new long[] {1, -2, 3}, new Plurality(1),
                TieBreak.BY_LAW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Test contest': choice 1 (B) has negative votes: -2");
    }

    @Test
    void aContestWithoutChoicesCannotBeCounted() {
        Contest empty = new Contest("Empty", 1, List.of());
        assertThatThrownBy(() -> Tabulator.tabulate(empty, new long[0], new Plurality(1), TieBreak.BY_LAW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Empty' has no choices to tabulate");
    }

    @Test
    void totalBeyondALongIsRefused() {
        long[] votes = {Long.MAX_VALUE, 1, 0};
        assertThatThrownBy(() -> Tabulator.tabulate(CONTEST, votes, new Plurality(1), TieBreak.BY_LAW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Test contest': total votes exceed 9223372036854775807");
    }

    @Test
    void missingArgumentsAreNamed() {
        assertThatThrownBy(() -> Tabulator.tabulate(CONTEST, new long[3], new Plurality(1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tie-break (use TieBreak.BY_LAW)");
    }
}
