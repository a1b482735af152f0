package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.PendingTie;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.RankedStatus;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.ranked.TieAnswer;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SingleTransferableVote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Stop and ask": RCTab's test elections whose ties RCTab broke by its configured mode (a seeded draw, the candidate
 * order, a permutation), counted again with every tie left to a human. Each stop names its round and the tied;
 * answering each with the candidate RCTab's mode chose and counting again must end, stop after stop, in RCTab's own
 * expected summary.
 */
class TieAnswersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2015_portland_mayor, ask", "tiebreak_seed_test, ask",
        "tiebreak_previous_round_counts_then_random_test, previous",
        "first_round_determines_threshold_tiebreaker_test, ask", "test_set_allow_only_one_winner_per_round, ask",
        "continue_until_two_threshold_freeze, previous"})
    void answeringEachStopAsTheDrawDidGivesRctabsSummary(String name, String mode) throws Exception {
        Path dir = RctabGoldenTest.root().resolve(name);
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(dir));
        RankedBallots ballots = CastVoteRecords.read(config);
        RankedOutcome drawn = RankedTabulator.tabulate(ballots, config.rule());
        RankedTieBreak ask = mode.equals("ask") ? RankedTieBreak.BY_LAW
                : new RankedTieBreak.PreviousRoundsThenAsk("the county board");
        Rule asking = withTieBreak(config.rule(), ask);

        List<TieAnswer> answers = new ArrayList<>();
        RankedOutcome outcome = RankedTabulator.tabulate(ballots, asking, answers);
        while (outcome.status() == RankedStatus.TIE_PENDING) {
            PendingTie tie = outcome.pendingTie().orElseThrow();
            assertThat(outcome.finalRound().number()).isEqualTo(tie.round());
            answers.add(TieAnswer.of(tie.round(), drawnChoice(drawn, tie, ballots)));
            outcome = RankedTabulator.tabulate(ballots, asking, answers);
        }

        assertThat(answers).as("ties the count stopped at").isNotEmpty();
        assertThat(outcome.elected()).isEqualTo(drawn.elected());
        assertThat(outcome.finalRound().decisions().stream().map(Decision::tieBreak).toList())
                .allSatisfy(t -> t.ifPresent(s -> assertThat(s).contains("by the answer given for round")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RctabSummaryWriter.write(outcome, RctabSummaryWriter.Header.of(config, "Bellwether test"), out);
        try (InputStream expected = Files.newInputStream(RctabGoldenTest.expected(dir))) {
            assertThat(SummaryComparison.differences(expected, out.toByteArray())).isEmpty();
        }
        assertThat(RankedTabulator.tabulate(ballots, asking, answers)).as("a rerun with the same answers")
                .isEqualTo(outcome);
    }

    @org.junit.jupiter.api.Test
    void anAnswerOutsideTheTieOrForARoundWithoutOneIsRefused() throws Exception {
        Path dir = RctabGoldenTest.root().resolve("2015_portland_mayor");
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(dir));
        RankedBallots ballots = CastVoteRecords.read(config);
        Rule asking = withTieBreak(config.rule(), RankedTieBreak.BY_LAW);
        PendingTie tie = RankedTabulator.tabulate(ballots, asking).pendingTie().orElseThrow();
        String outsider = outsider(ballots, tie);

        assertThatThrownBy(() -> RankedTabulator.tabulate(ballots, asking, List.of(TieAnswer.of(tie.round(),
                outsider)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the tie answer for round " + tie.round() + " names " + outsider
                        + ", who is not among the tied");
        assertThat(tie.round()).isEqualTo(2);
        assertThatThrownBy(() -> RankedTabulator.tabulate(ballots, asking, List.of(TieAnswer.of(1, outsider))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a tie answer was given for round 1 (" + outsider
                        + "), but no tie in that round needed one");
    }

    private static String outsider(RankedBallots ballots, PendingTie tie) {
        for (int c = 0; c < ballots.contest().choices().size(); c++) {
            if (!tie.candidates().contains(c)) {
                return ballots.contest().choices().get(c).name();
            }
        }
        throw new AssertionError("every candidate is tied");
    }

    /** The candidate the configured tie-break elected or eliminated in the tie's round. */
    private static String drawnChoice(RankedOutcome drawn, PendingTie tie, RankedBallots ballots) {
        RankedRound round = drawn.rounds().get(tie.round() - 1);
        for (Decision d : round.decisions()) {
            if (d.elected() == tie.forWinning() && tie.candidates().contains(d.choice())) {
                return ballots.contest().choices().get(d.choice()).name();
            }
        }
        throw new AssertionError("round " + tie.round() + " of the configured count decided none of the tied");
    }

    private static Rule withTieBreak(Rule rule, RankedTieBreak tie) {
        return switch (rule) {
            case InstantRunoff irv -> irv.withTieBreak(tie);
            case SingleTransferableVote stv -> stv.withTieBreak(tie);
            default -> throw new AssertionError("not a case here: " + rule.describe());
        };
    }
}
