package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

class RankedRuleTest {

    private static final Contest MAYOR = new Contest("Mayor", 1,
            List.of(Choice.named("A"), Choice.named("B"), Choice.named("C")));

    @Test
    void totalsCannotDecideAnInstantRunoff() {
        assertThatThrownBy(() -> Tabulator.tabulate(MAYOR, new long[] {3, 2, 1}, InstantRunoff.standard(),
                TieBreak.BY_LAW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Mayor': instant runoff is counted from ranked ballots (cast-vote records);"
                        + " a totals-only file cannot decide it");
    }

    @Test
    void totalsCannotDecideASingleTransferableVote() {
        assertThatThrownBy(() -> Tabulator.tabulate(MAYOR, new long[] {3, 2, 1}, SingleTransferableVote.droop(2),
                TieBreak.BY_LAW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Mayor': single transferable vote is counted from ranked ballots"
                        + " (cast-vote records); a totals-only file cannot decide it");
    }

    @Test
    void defaultsAreTheCommonCounts() {
        InstantRunoff irv = InstantRunoff.standard();
        assertThat(irv.ballots()).isEqualTo(new BallotRules(OvervoteRule.EXHAUST_IMMEDIATELY,
                BallotRules.UNLIMITED, BallotRules.UNLIMITED, DuplicateRanking.SKIP));
        assertThat(irv.tieBreak()).isEqualTo(RankedTieBreak.BY_LAW);
        SingleTransferableVote stv = SingleTransferableVote.droop(3);
        assertThat(stv.seats()).isEqualTo(3);
        assertThat(stv.quota()).isEqualTo(Quota.DROOP);
        assertThat(stv.decimalPlaces()).isEqualTo(4);
        assertThat(SingleTransferableVote.hare(3).quota()).isEqualTo(Quota.HARE);
        assertThat(irv.describe()).startsWith("instant runoff: more than half of the continuing votes wins");
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> SingleTransferableVote.droop(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("single transferable vote: seats must be at least 2, was 1 (one seat is an instant runoff)");
        assertThatThrownBy(() -> SingleTransferableVote.droop(2).withDecimalPlaces(21))
                .hasMessage("single transferable vote: decimal places must be 0 to 20, was 21");
        assertThatThrownBy(() -> BallotRules.standard().withMaxSkippedRanks(-1))
                .hasMessage("ballot rules: skipped ranks allowed must be 0 or more, was -1");
        assertThatThrownBy(() -> CountRules.standard().withStopAfterRound(0))
                .hasMessage("count rules: stop after round must be at least 1, was 0");
        assertThatThrownBy(() -> new RankedTieBreak.Ask(" ")).hasMessage("tie-break: authority is blank");
    }
}
