package org.bellwether.core.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.RankedTieBreak;
import org.junit.jupiter.api.Test;

class RankedBallotsTest {

    private static final Contest MAYOR = new Contest("Mayor", 1,
            List.of(Choice.named("A"), Choice.named("B"), Choice.named("C")));

    private static int[] ballot(int... rankCandidatePairs) {
        int[] marks = new int[rankCandidatePairs.length / 2];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = RankedBallots.mark(rankCandidatePairs[2 * i], rankCandidatePairs[2 * i + 1]);
        }
        return marks;
    }

    @Test
    void identicalBallotsAreCountedOnceWhateverTheOrderOfTheirMarks() {
        RankedBallots.Builder b = RankedBallots.builder(MAYOR, -1, false);
        b.add(ballot(1, 0, 2, 1), 2);
        b.add(ballot(2, 1, 1, 0), 2);
        b.add(ballot(1, 1), 1);
        RankedBallots ballots = b.build();

        assertThat(ballots.ballots()).isEqualTo(3);
        assertThat(ballots.groups()).isEqualTo(2);
        assertThat(ballots.count(0)).isEqualTo(2);
        assertThat(ballots.marks(0)).containsExactly(RankedBallots.mark(1, 0), RankedBallots.mark(2, 1));
    }

    @Test
    void manyDistinctBallotsSurviveTheTableGrowing() {
        RankedBallots.Builder b = RankedBallots.builder(MAYOR, -1, false);
        for (int rank = 1; rank <= 3000; rank++) {
            b.add(ballot(rank, rank % 3), 1);
            b.add(ballot(rank, rank % 3), 1);
        }
        RankedBallots ballots = b.build();
        assertThat(ballots.groups()).isEqualTo(3000);
        assertThat(ballots.ballots()).isEqualTo(6000);
        for (int g = 0; g < ballots.groups(); g++) {
            assertThat(ballots.count(g)).isEqualTo(2);
        }
    }

    @Test
    void groupsAreThoseOfTheMarksAndSliceWhetherTheBallotPacksIntoTheKeyOrNot() {
        List<Choice> many = new java.util.ArrayList<>();
        for (int c = 0; c < 40; c++) {
            many.add(Choice.named("C" + c));
        }
        Contest wide = new Contest("Council", 1, many);
        RankedBallots.Builder b = RankedBallots.builder(wide, -1, true);
        java.util.Map<List<Object>, Long> expected = new java.util.LinkedHashMap<>();
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 20_000; i++) {
            // up to 9 marks, ranks to 20, candidates to 39 or an overvote: some pack, some do not
            int length = random.nextInt(10);
            int[] marks = new int[length];
            List<Integer> key = new java.util.ArrayList<>();
            for (int m = 0; m < length; m++) {
                int rank = m + 1 + (random.nextInt(8) == 0 ? 10 : 0);
                int candidate = random.nextInt(12) == 0 ? RankedBallots.OVERVOTE
                        : random.nextInt(random.nextBoolean() ? 4 : 40);
                marks[m] = RankedBallots.mark(rank, candidate);
            }
            int[] sorted = marks.clone();
            java.util.Arrays.sort(sorted); // distinct ranks here, so rank order is the ints' order
            for (int m : sorted) {
                key.add(m);
            }
            String slice = random.nextInt(3) == 0 ? "P2" : "P1";
            expected.merge(List.of(key, slice), 1L, Long::sum);
            b.add(marks, length, slice, 1);
        }
        RankedBallots ballots = b.build();
        java.util.Map<List<Object>, Long> grouped = new java.util.LinkedHashMap<>();
        for (int g = 0; g < ballots.groups(); g++) {
            List<Integer> key = new java.util.ArrayList<>();
            for (int m : ballots.marks(g)) {
                key.add(m);
            }
            assertThat(grouped.put(List.of(key, ballots.sliceNames().get(ballots.slice(g))), ballots.count(g)))
                    .isNull();
        }
        assertThat(grouped).isEqualTo(expected);
        assertThat(ballots.ballots()).isEqualTo(20_000);
    }

    @Test
    void aMarkMustNameACandidateOfTheContest() {
        RankedBallots.Builder b = RankedBallots.builder(MAYOR, -1, false);
        assertThatThrownBy(() -> b.add(ballot(1, 3), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contest 'Mayor': mark");
        assertThatThrownBy(() -> RankedBallots.mark(0, 1)).hasMessage("rank must be 1 to 32767, was 0");
        assertThatThrownBy(() -> b.add(ballot(1, 0), 2)).hasMessage("2 marks asked for, 1 given");
    }

    @Test
    void aClearMajorityWinsInTheFirstRound() {
        RankedBallots.Builder b = RankedBallots.builder(MAYOR, -1, false);
        for (int i = 0; i < 6; i++) {
            b.add(ballot(1, 0), 1);
        }
        for (int i = 0; i < 4; i++) {
            b.add(ballot(1, 1, 2, 2), 1);
        }
        RankedOutcome outcome = RankedTabulator.tabulate(b.build(), InstantRunoff.standard());

        assertThat(outcome.rounds()).hasSize(1);
        assertThat(outcome.finalRound().threshold()).isEqualByComparingTo("6");
        assertThat(outcome.elected()).extracting(Choice::name).containsExactly("A");
    }

    @Test
    void aTieForEliminationLeftToTheLawStopsTheCount() {
        RankedBallots.Builder b = RankedBallots.builder(MAYOR, -1, false);
        b.add(ballot(1, 0), 1, null, 3);
        b.add(ballot(1, 1), 1, null, 2);
        b.add(ballot(1, 2), 1, null, 2);
        RankedOutcome outcome = RankedTabulator.tabulate(b.build(), InstantRunoff.standard());

        assertThat(outcome.status()).isEqualTo(RankedStatus.TIE_PENDING);
        assertThat(outcome.pendingTie()).hasValueSatisfying(tie -> {
            assertThat(tie.candidates()).containsExactly(1, 2);
            assertThat(tie.forWinning()).isFalse();
            assertThat(tie.authority()).isEqualTo("lot, as the law provides");
        });
        assertThat(outcome.elected()).isEmpty();

        RankedOutcome drawn = RankedTabulator.tabulate(b.build(),
                InstantRunoff.standard().withTieBreak(new RankedTieBreak.Random(7)));
        assertThat(drawn.status()).isEqualTo(RankedStatus.DECIDED);
        assertThat(drawn.rounds().get(0).decisions().get(0).tieBreak()).isPresent();
    }
}
