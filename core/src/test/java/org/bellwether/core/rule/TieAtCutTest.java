package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bellwether.core.Choice;
import org.junit.jupiter.api.Test;

class TieAtCutTest {

    private static final TieBreak LOT_42 = new TieBreak.SeededLot(42);

    @Test
    void unresolvedTieLeavesOutcomePendingAndNamesTheAuthority() {
        TieBreak board = new TieBreak.Unresolved("the county board of elections");

        Outcome outcome = Contests.count(new Plurality(2), board, "A,B,C,D", 50, 30, 30, 10);

        assertThat(outcome.status()).isEqualTo(Statuses.TIE_PENDING);
        assertThat(Contests.names(outcome.elected())).containsExactly("A");
        assertThat(outcome.finalRound().standings()).extracting(Standing::status).containsExactly(
                StandingStatus.ELECTED, StandingStatus.TIED_AT_CUT, StandingStatus.TIED_AT_CUT,
                StandingStatus.NOT_ELECTED);
        assertThat(outcome.ties()).containsExactly(new Tie(List.of(Choice.named("B"), Choice.named("C")), 2, 30, board,
                Optional.empty(), "tie, to be resolved by the county board of elections"));
        assertThat(outcome.explanation()).isEqualTo("A is elected; B and C have 30 votes each for place 2:"
                + " tie, to be resolved by the county board of elections.");
    }

    @Test
    void tieAboveTheCutIsNoTie() {
        Outcome outcome = Contests.count(new Plurality(2), TieBreak.BY_LAW, "A,B,C", 30, 30, 10);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("A", "B");
        assertThat(outcome.ties()).isEmpty();
    }

    @Test
    void tieForSeveralPlacesNamesTheRangeAtStake() {
        Outcome outcome = Contests.count(new Plurality(3), TieBreak.BY_LAW, "A,B,C,D", 50, 20, 20, 20);

        assertThat(outcome.elected()).extracting(Choice::name).containsExactly("A");
        assertThat(outcome.explanation()).isEqualTo("A is elected; B, C and D have 20 votes each for places 2 to 3:"
                + " tie, to be resolved by lot, as the law provides.");
    }

    @Test
    void seededLotBreaksTheTieAndRecordsSeedAndDrawnOrder() {
        Outcome outcome = Contests.count(new Plurality(2), LOT_42, "A,B,C,D", 50, 30, 30, 10);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        Tie tie = outcome.ties().get(0);
        assertThat(tie.rule()).isEqualTo(LOT_42);
        assertThat(tie.drawnOrder()).isPresent();
        List<String> drawn = Contests.names(tie.drawnOrder().orElseThrow());
        assertThat(drawn).containsExactlyInAnyOrder("B", "C");
        assertThat(Contests.names(outcome.elected())).containsExactly("A", drawn.get(0));
        assertThat(tie.resolution()).isEqualTo("drawn by lot with seed 42 in the order " + String.join(", ", drawn));
        assertThat(outcome.explanation()).contains("seed 42", tie.resolution());
        assertThat(outcome.finalRound().notes()).contains("tie at 30 votes for place 2: " + tie.resolution());
        assertThat(outcome.finalRound().standings()).noneMatch(s -> s.status() == StandingStatus.TIED_AT_CUT);
    }

    @Test
    void seededLotDrawIsPinnedForSeed42() {
        Outcome outcome = Contests.count(new Plurality(1), LOT_42, "A,B,C,D,E", 9, 9, 9, 9, 9);

        // Computed independently from the SplitMix64 definition. A change here changes every published draw.
        assertThat(Contests.names(outcome.ties().get(0).drawnOrder().orElseThrow()))
                .containsExactly("B", "C", "A", "D", "E");
        assertThat(Contests.names(outcome.elected())).containsExactly("B");
    }

    @Test
    void sameSeedGivesTheSameOutcome() {
        Outcome first = Contests.count(new TopN(2), LOT_42, "A,B,C,D,E", 40, 20, 20, 20, 5);
        Outcome second = Contests.count(new TopN(2), LOT_42, "A,B,C,D,E", 40, 20, 20, 20, 5);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void seededLotIsIndependentOfTheOrderChoicesAreListed() {
        Outcome listed = Contests.count(new Plurality(1), LOT_42, "A,B,C,D", 7, 7, 7, 7);
        Outcome reversed = Contests.count(new Plurality(1), LOT_42, "D,C,B,A", 7, 7, 7, 7);
        Outcome shuffled = Contests.count(new Plurality(1), LOT_42, "C,A,D,B", 7, 7, 7, 7);

        assertThat(reversed.ties()).isEqualTo(listed.ties());
        assertThat(shuffled.ties()).isEqualTo(listed.ties());
        assertThat(reversed.elected()).isEqualTo(listed.elected());
        assertThat(shuffled.elected()).isEqualTo(listed.elected());
        assertThat(Contests.names(listed.ties().get(0).tied())).containsExactly("A", "B", "C", "D");
    }

    @Test
    void differentSeedsCanDrawDifferently() {
        List<List<String>> draws = LongStream.range(0, 20)
                .mapToObj(seed -> Contests.count(new Plurality(1), new TieBreak.SeededLot(seed), "A,B,C", 1, 1, 1))
                .map(o -> Contests.names(o.ties().get(0).drawnOrder().orElseThrow())).distinct().toList();

        assertThat(draws).hasSize(6);
    }

    @Test
    void tieBreaksDescribeThemselves() {
        assertThat(TieBreak.BY_LAW.describe()).isEqualTo("tie, to be resolved by lot, as the law provides");
        assertThat(LOT_42.describe()).isEqualTo("lot drawn with seed 42");
    }
}
