package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.rule.Rule;

/**
 * One ranked count in progress: the rounds of an instant runoff or a single transferable vote, in the order and
 * with the arithmetic RCTab uses, over grouped ballots. Each round takes RCTab's steps, one class each: the
 * tallies ({@link RoundTallies}), the threshold ({@link WinningThreshold}), the winners ({@link Winners}) and
 * their surplus ({@link Surplus}), or else the eliminations ({@link Eliminations}); this class holds the state
 * they share and the loop.
 *
 * <p><b>Arithmetic.</b> Every vote value is a whole number of units of 10^-d, d the count's decimal places (0 for
 * an instant runoff, where every ballot is worth exactly one vote). A group of n identical ballots, each worth v,
 * adds n·v. When a candidate is elected with v votes over a threshold t, the surplus fraction is (v - t) / v cut
 * (rounded toward zero) to d places; each of the winner's ballots passes on its value times that fraction, again
 * cut to d places, and keeps the rest for the winner. Cutting never passes on more than the surplus; what it
 * keeps beyond the threshold is the residual surplus, recorded in the round after the election. Identical ballots
 * have identical histories, so the cut of one ballot times n is the cut RCTab makes n times.
 *
 * <p><b>Printing.</b> RCTab prints each figure as a Java {@code BigDecimal}, whose scale shows: a sum of whole votes
 * prints {@code 9452}, a sum that took in one fractional value prints {@code 9452.0000}. Each accumulator here
 * carries that flag, so the figures are the same strings.
 */
final class Count {

    static final int UNCOUNTED = -1;

    final RankedBallots ballots;
    final CountSettings settings;
    final Rule rule;
    final int candidates;
    final long one;
    final int uwi;

    // per group
    final int[] recipient;
    final byte[] status;
    final long[] value;
    final boolean[] fractional;

    // per candidate
    final boolean[] excluded;
    final int[] electedRound;
    final int[] eliminatedRound;
    final long[] retained;
    final boolean[] retainedAny;
    int winners;
    int eliminated;
    final List<Integer> electionOrder = new ArrayList<>();

    final List<Tally> tallies = new ArrayList<>();
    final List<Transfers> transfers = new ArrayList<>();
    // per slice (precinct), by round: the slice's share of each round's tally and transfers, when kept by slice
    final int slices;
    final List<Tally[]> sliceTallies = new ArrayList<>();
    final List<Transfers[]> sliceTransfers = new ArrayList<>();
    final long[][] sliceRetained;
    final boolean[][] sliceRetainedAny;
    final List<List<Decision>> decisions = new ArrayList<>();
    final Ties ties;
    private final java.util.Map<Integer, TieAnswer> answers = new java.util.TreeMap<>();
    private final java.util.Set<Integer> answered = new java.util.HashSet<>();
    PendingTie pendingTie;
    int round;

    Count(RankedBallots ballots, Rule rule, List<TieAnswer> tieAnswers) {
        for (TieAnswer answer : tieAnswers) {
            if (answers.put(answer.round(), answer) != null) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': two tie answers for"
                        + " round " + answer.round());
            }
        }
        this.ballots = ballots;
        this.rule = rule;
        this.settings = CountSettings.of(rule);
        this.candidates = ballots.contest().choices().size();
        this.one = Fixed.pow10(settings.decimals());
        this.uwi = ballots.undeclaredWriteInIndex();
        int groups = ballots.groups();
        recipient = new int[groups];
        Arrays.fill(recipient, UNCOUNTED);
        status = new byte[groups];
        value = new long[groups];
        Arrays.fill(value, one);
        fractional = new boolean[groups];
        excluded = new boolean[candidates];
        for (String name : settings.count().excluded()) {
            int i = ballots.contest().indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': excluded candidate '"
                        + name + "' is not a candidate");
            }
            excluded[i] = true;
        }
        electedRound = new int[candidates];
        eliminatedRound = new int[candidates];
        retained = new long[candidates];
        retainedAny = new boolean[candidates];
        ties = new Ties(this);
        transfers.add(null);
        tallies.add(null);
        decisions.add(null);
        slices = ballots.bySlice() ? ballots.sliceNames().size() : 0;
        sliceRetained = new long[slices][candidates];
        sliceRetainedAny = new boolean[slices][candidates];
        sliceTallies.add(null);
        sliceTransfers.add(null);
    }

    // ---- the candidates' standing (RCTab's getNumCandidates, getNumDeclaredCandidates, isCandidateContinuing)

    int countedCandidates() {
        int n = 0;
        for (boolean e : excluded) {
            n += e ? 0 : 1;
        }
        return n;
    }

    int declaredCandidates() {
        return candidates - (uwi >= 0 ? 1 : 0);
    }

    boolean continuing(int c) {
        if (c == RankedBallots.OVERVOTE || excluded[c] || eliminatedRound[c] > 0) {
            return false;
        }
        return electedRound[c] == 0 || settings.continueUntilTwo();
    }

    String name(int c) {
        return ballots.contest().choices().get(c).name();
    }

    // ---- the loop (RCTab's tabulate)

    RankedOutcome run() {
        RoundTallies roundTallies = new RoundTallies(this);
        Winners winnersOf = new Winners(this);
        Surplus surplus = new Surplus(this);
        Eliminations eliminations = new Eliminations(this);
        while (keepCounting()) {
            round++;
            Tally tally = roundTallies.countRound();
            tallies.add(tally);
            decisions.add(new ArrayList<>());
            WinningThreshold.set(this, tally);
            List<Integer> elected = winnersOf.identify(tally);
            if (pendingTie != null) {
                break;
            }
            if (!elected.isEmpty()) {
                if (settings.surpluses()) {
                    surplus.transfer(tally, elected);
                }
            } else if (needsElimination()) {
                List<Integer> out = eliminations.eliminate(tally);
                if (pendingTie != null) {
                    break;
                }
                if (out.isEmpty()) {
                    throw new IllegalStateException("contest '" + ballots.contest().name() + "': round " + round
                            + " elects and eliminates nobody");
                }
            }
            if (settings.seats() > 1) {
                surplus.carryWinners(tally);
            }
        }
        checkAnswersUsed();
        return Outcomes.of(this);
    }

    /** The answer given for a tie in this round, if any (then marked as used). */
    TieAnswer answerFor(int r) {
        TieAnswer answer = answers.get(r);
        if (answer != null) {
            answered.add(r);
        }
        return answer;
    }

    /**
     * An answer for a round the count passed without a tie that needed it does not fit these ballots and rules:
     * refused, rather than silently ignored. Answers for rounds after a pending tie simply wait.
     */
    private void checkAnswersUsed() {
        for (TieAnswer answer : answers.values()) {
            boolean reached = pendingTie == null || answer.round() < pendingTie.round();
            if (reached && !answered.contains(answer.round())) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': a tie answer was given"
                        + " for round " + answer.round() + " (" + answer.candidate() + "), but no tie in that round"
                        + " needed one");
            }
        }
    }

    /** Whether every seat is filled; a count to a percentage threshold is filled once it elects anyone. */
    boolean filled() {
        return settings.toShare() ? winners > 0 : winners >= settings.seats();
    }

    private boolean needsElimination() {
        return settings.toShare() || winners < settings.seats()
                || (settings.continueUntilTwo() && eliminated < countedCandidates() - 2);
    }

    private boolean keepCounting() {
        if (round >= settings.count().stopAfterRound()) {
            return false;
        }
        if (winners == declaredCandidates() && settings.seats() > countedCandidates()) {
            return false;
        }
        if (settings.toShare()) {
            return winners == 0;
        }
        if (settings.continueUntilTwo()) {
            return eliminated + winners + 1 < countedCandidates() || eliminatedIn(round);
        }
        return winners < settings.seats() || (settings.surpluses() && electedIn(round));
    }

    private boolean eliminatedIn(int r) {
        return r > 0 && Arrays.stream(eliminatedRound).anyMatch(e -> e == r);
    }

    private boolean electedIn(int r) {
        return r > 0 && Arrays.stream(electedRound).anyMatch(e -> e == r);
    }

    /**
     * The candidates in the iteration order of a {@link java.util.HashMap} of their names filled in choice order,
     * as RCTab's round tally holds them: RCTab lists the candidates a cutoff eliminates, and the winners of a
     * bottoms-up percentage count, in that order.
     */
    List<Integer> hashOrder(List<Integer> some) {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int c : some) {
            byName.put(name(c), c);
        }
        return List.copyOf(byName.values());
    }

    Transfers transfersOf(int r) {
        while (transfers.size() <= r) {
            transfers.add(new Transfers(candidates));
        }
        return transfers.get(r);
    }

    /** Each slice's transfers of round r; null when the ballots are not kept by slice. */
    Transfers[] sliceTransfersOf(int r) {
        if (slices == 0) {
            return null;
        }
        while (sliceTransfers.size() <= r) {
            Transfers[] each = new Transfers[slices];
            for (int s = 0; s < slices; s++) {
                each[s] = Transfers.sparse(candidates);
            }
            sliceTransfers.add(each);
        }
        return sliceTransfers.get(r);
    }

    void record(int c, boolean elected, String reason, Optional<String> tie) {
        decisions.get(round).add(new Decision(c, elected, reason, tie, List.of()));
        if (elected) {
            electedRound[c] = round;
            winners++;
            electionOrder.add(c);
        } else {
            eliminatedRound[c] = round;
            eliminated++;
        }
    }

    BigDecimal amount(long units, boolean isFractional) {
        return Fixed.decimal(units, isFractional, settings.decimals(), one);
    }

    Choice choice(int c) {
        return ballots.contest().choices().get(c);
    }
}
