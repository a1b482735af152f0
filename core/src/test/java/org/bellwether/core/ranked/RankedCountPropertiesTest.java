package org.bellwether.core.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.core.rule.BottomsUpThreshold;
import org.bellwether.core.rule.CountRules;
import org.bellwether.core.rule.DuplicateRanking;
import org.bellwether.core.rule.EliminationMode;
import org.bellwether.core.rule.FinalRounds;
import org.bellwether.core.rule.InstantRunoff;
import org.bellwether.core.rule.OvervoteRule;
import org.bellwether.core.rule.RankedTieBreak;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.core.rule.ThresholdBasis;
import org.bellwether.core.rule.ThresholdCutoff;
import org.bellwether.core.rule.ThresholdRounding;
import org.bellwether.core.rule.WinnersPerRound;
import org.junit.jupiter.api.Test;

/** Properties of every ranked count, over generated contests (seeded, so any failure repeats). */
class RankedCountPropertiesTest {

    private static final int CASES = 300;

    private record Generated(Contest contest, List<int[]> ballots, Rule rule) {
        RankedBallots grouped(List<int[]> order) {
            RankedBallots.Builder b = RankedBallots.builder(contest, -1, false);
            for (int[] marks : order) {
                b.add(marks, marks.length);
            }
            return b.build();
        }

        RankedOutcome count() {
            return RankedTabulator.tabulate(grouped(ballots), rule);
        }
    }

    private static Generated generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int candidates = 3 + random.nextInt(8);
        List<Choice> choices = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            choices.add(Choice.named("Candidate " + (char) ('A' + c)));
        }
        Contest contest = new Contest("Generated " + seed, 1, choices);
        List<int[]> ballots = new ArrayList<>();
        int n = 20 + random.nextInt(400);
        for (int i = 0; i < n; i++) {
            int ranks = random.nextInt(candidates + 1);
            List<Integer> marks = new ArrayList<>();
            int rank = 1;
            for (int r = 0; r < ranks; r++) {
                if (random.nextInt(10) == 0) {
                    rank++; // a skipped rank
                }
                marks.add(RankedBallots.mark(rank, random.nextInt(candidates)));
                if (random.nextInt(15) == 0) {
                    marks.add(RankedBallots.mark(rank, random.nextInt(candidates))); // an overvote
                }
                rank++;
            }
            ballots.add(marks.stream().mapToInt(Integer::intValue).toArray());
        }
        BallotRules reading = new BallotRules(OvervoteRule.values()[random.nextInt(3)],
                random.nextBoolean() ? BallotRules.UNLIMITED : random.nextInt(3), BallotRules.UNLIMITED,
                random.nextBoolean() ? DuplicateRanking.SKIP : DuplicateRanking.EXHAUST);
        CountRules counting = CountRules.standard()
                .withElimination(random.nextBoolean() ? EliminationMode.BATCH : EliminationMode.ONE_AT_A_TIME);
        RankedTieBreak tie = new RankedTieBreak.Random(random.nextLong());
        Rule rule;
        if (random.nextBoolean() || candidates < 4) {
            rule = InstantRunoff.standard().withBallots(reading).withCount(counting).withTieBreak(tie)
                    .withFinalRounds(random.nextBoolean() ? FinalRounds.STOP_AT_WINNER
                            : FinalRounds.CONTINUE_UNTIL_TWO_REMAIN);
        } else {
            rule = SingleTransferableVote.droop(2 + random.nextInt(candidates - 3)).withBallots(reading)
                    .withCount(counting).withTieBreak(tie).withDecimalPlaces(random.nextInt(7))
                    .withRounding(random.nextBoolean() ? ThresholdRounding.WHOLE : ThresholdRounding.FRACTIONAL)
                    .withWinnersPerRound(random.nextBoolean() ? WinnersPerRound.ONE
                            : WinnersPerRound.ALL_OVER_THRESHOLD);
        }
        return new Generated(contest, ballots, rule);
    }

    /** Every vote of a round: the candidates' and the inactive ballots'. */
    private static BigDecimal total(RankedRound round) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : round.tallies().values()) {
            sum = sum.add(v);
        }
        for (BigDecimal v : round.inactive().values()) {
            sum = sum.add(v);
        }
        return sum;
    }

    @Test
    void ballotsAreConservedInEveryRound() {
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            RankedOutcome outcome = g.count();
            BigDecimal residual = BigDecimal.ZERO;
            for (RankedRound round : outcome.rounds()) {
                BigDecimal sum = residual.add(total(round));
                assertThat(sum).as("seed %d round %d", seed, round.number())
                        .isEqualByComparingTo(BigDecimal.valueOf(g.ballots().size()));
                for (Decision d : round.decisions()) {
                    for (Transfer t : d.transfers()) {
                        if (t.target() == Transfer.RESIDUAL_SURPLUS) {
                            residual = residual.add(t.votes());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theOutcomeDoesNotDependOnBallotOrder() {
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            List<int[]> shuffled = new ArrayList<>(g.ballots());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(RankedTabulator.tabulate(g.grouped(shuffled), g.rule())).as("seed %d", seed)
                    .isEqualTo(g.count());
        }
    }

    @Test
    void surplusTransfersSumToTheSurplus() {
        int surpluses = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            if (!(g.rule() instanceof SingleTransferableVote)) {
                continue;
            }
            RankedOutcome outcome = g.count();
            for (RankedRound round : outcome.rounds()) {
                for (Decision d : round.decisions()) {
                    BigDecimal votes = round.tallies().get(d.choice());
                    if (!d.elected() || votes.compareTo(round.threshold()) <= 0
                            || round.number() == outcome.rounds().size()) {
                        continue;
                    }
                    BigDecimal moved = d.transfers().stream().map(Transfer::votes).reduce(BigDecimal.ZERO,
                            BigDecimal::add);
                    assertThat(moved).as("seed %d round %d", seed, round.number())
                            .isEqualByComparingTo(votes.subtract(round.threshold()));
                    surpluses++;
                }
            }
        }
        assertThat(surpluses).as("generated cases with a surplus to transfer").isGreaterThan(20);
    }

    @Test
    void everySeatIsFilledWhenNoTieStopsTheCount() {
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            RankedOutcome outcome = g.count();
            int seats = g.rule() instanceof SingleTransferableVote stv ? stv.seats() : 1;
            assertThat(outcome.status()).isEqualTo(RankedStatus.DECIDED);
            assertThat(outcome.elected()).as("seed %d", seed).hasSize(seats).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCountToAShareElectsEveryoneLeftOnceAllAreOverIt() {
        int decided = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            SplittableRandom random = new SplittableRandom(seed);
            BottomsUpThreshold rule = new BottomsUpThreshold(BigDecimal.valueOf(500 + random.nextInt(3000), 2),
                    random.nextBoolean() ? ThresholdBasis.FIRST_ROUND : ThresholdBasis.EVERY_ROUND,
                    random.nextBoolean() ? ThresholdCutoff.EVERY_CANDIDATE_UNDER : ThresholdCutoff.LAST_CANDIDATE,
                    BallotRules.standard(), CountRules.standard(), new RankedTieBreak.Random(seed));
            RankedOutcome outcome;
            try {
                outcome = RankedTabulator.tabulate(g.grouped(g.ballots()), rule);
            } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageContaining("cutoff elimination would eliminate them all");
                continue;
            }
            List<int[]> shuffled = new ArrayList<>(g.ballots());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(RankedTabulator.tabulate(g.grouped(shuffled), rule)).as("seed %d", seed).isEqualTo(outcome);
            RankedRound last = outcome.finalRound();
            assertThat(outcome.status()).as("seed %d", seed).isEqualTo(RankedStatus.DECIDED);
            assertThat(outcome.elected()).as("seed %d", seed).isNotEmpty()
                    .hasSize(last.tallies().size());
            last.tallies().values().forEach(v -> assertThat(v).isGreaterThan(last.threshold()));
            for (RankedRound round : outcome.rounds()) {
                BigDecimal sum = total(round);
                assertThat(sum).as("seed %d round %d", seed, round.number())
                        .isEqualByComparingTo(BigDecimal.valueOf(g.ballots().size()));
            }
            decided++;
        }
        assertThat(decided).as("generated counts to a share that ran to the end").isGreaterThan(CASES / 2);
    }

    @Test
    void precinctSharesAddUpToTheCountInEveryRound() {
        for (long seed = 1; seed <= CASES; seed++) {
            Generated g = generate(seed);
            RankedBallots.Builder b = RankedBallots.builder(g.contest(), -1, true);
            for (int i = 0; i < g.ballots().size(); i++) {
                int[] marks = g.ballots().get(i);
                b.add(marks, marks.length, "Precinct " + (i % 7), 1);
            }
            RankedOutcome outcome = RankedTabulator.tabulate(b.build(), g.rule());
            assertThat(outcome).as("seed %d: the same count as without precincts", seed)
                    .usingRecursiveComparison().ignoringFields("slices").isEqualTo(g.count());
            assertThat(outcome.slices()).hasSize(Math.min(7, g.ballots().size()));
            assertThat(outcome.slices().stream().mapToLong(RankedSlice::ballots).sum()).isEqualTo(outcome.ballots());
            boolean surpluses = g.rule() instanceof SingleTransferableVote;
            for (int r = 0; r < outcome.rounds().size(); r++) {
                RankedRound round = outcome.rounds().get(r);
                for (InactiveCause cause : InactiveCause.values()) {
                    int at = r;
                    BigDecimal sum = outcome.slices().stream().map(sl -> sl.rounds().get(at).inactive().get(cause))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum).as("seed %d round %d %s", seed, r + 1, cause)
                            .isEqualByComparingTo(round.inactive().get(cause));
                }
                if (surpluses) {
                    continue; // a winner's precinct shares keep the residual surplus the count's figure gives up
                }
                for (var e : round.tallies().entrySet()) {
                    int at = r;
                    BigDecimal sum = outcome.slices().stream().map(sl -> sl.rounds().get(at).tallies().get(e.getKey()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum).as("seed %d round %d candidate %d", seed, r + 1, e.getKey())
                            .isEqualByComparingTo(e.getValue());
                }
            }
        }
    }
}
