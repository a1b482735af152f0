package org.bellwether.core.ranked;

import java.util.HashSet;
import java.util.Set;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.core.rule.DuplicateRanking;
import org.bellwether.core.rule.OvervoteRule;

/**
 * RCTab's first step of a round ({@code computeTalliesForRound}): every group of identical ballots counts for its
 * current candidate while that candidate continues; otherwise it walks on down its rankings to the next continuing
 * candidate, or stops counting for the first reason the ballot rules give (overvote, skipped ranks, a repeated
 * candidate, nobody left). Each move is recorded as a transfer of the round.
 */
final class RoundTallies {

    private static final InactiveCause[] CAUSES = InactiveCause.values();

    private enum Overvote { NONE, EXHAUST, SKIP }

    private final Count count;
    private final RankedBallots ballots;
    private final BallotRules rules;
    // the group being counted: its slice's share of the round's tally and transfers, or null
    private Tally sliceTally;
    private Transfers sliceMoves;

    RoundTallies(Count count) {
        this.count = count;
        this.ballots = count.ballots;
        this.rules = count.settings.ballots();
    }

    Tally countRound() {
        Tally tally = new Tally(count.candidates);
        for (int c = 0; c < count.candidates; c++) {
            tally.present[c] = count.continuing(c);
        }
        Transfers moves = count.transfersOf(count.round);
        Tally[] perSlice = sliceTallies(tally);
        Transfers[] sliceTransfers = count.sliceTransfersOf(count.round);
        for (int g = 0; g < count.recipient.length; g++) {
            if (perSlice != null) {
                sliceTally = perSlice[ballots.slice(g)];
                sliceMoves = sliceTransfers[ballots.slice(g)];
            }
            long weight = Math.multiplyExact(ballots.count(g), count.value[g]);
            if (count.status[g] != 0) {
                inactive(tally, CAUSES[count.status[g] - 1], weight, count.fractional[g]);
                continue;
            }
            int current = count.recipient[g];
            if (current != Count.UNCOUNTED && count.continuing(current)) {
                add(tally, current, weight, count.fractional[g]);
                continue;
            }
            walk(g, weight, tally, moves);
        }
        return tally;
    }

    /** The slices' shares of this round, each with the round's continuing candidates; null when not by slice. */
    private Tally[] sliceTallies(Tally tally) {
        if (count.slices == 0) {
            return null;
        }
        Tally[] each = new Tally[count.slices];
        for (int s = 0; s < each.length; s++) {
            each[s] = new Tally(count.candidates);
            System.arraycopy(tally.present, 0, each[s].present, 0, tally.present.length);
        }
        count.sliceTallies.add(each);
        return each;
    }

    private void add(Tally tally, int c, long weight, boolean isFractional) {
        tally.add(c, weight, isFractional);
        if (sliceTally != null) {
            sliceTally.add(c, weight, isFractional);
        }
    }

    private void inactive(Tally tally, InactiveCause cause, long weight, boolean isFractional) {
        tally.addInactive(cause, weight, isFractional);
        if (sliceTally != null) {
            sliceTally.addInactive(cause, weight, isFractional);
        }
    }

    /** Finds the ballot's next continuing candidate, or why it stops counting. */
    private void walk(int g, long weight, Tally tally, Transfers moves) {
        int start = ballots.start(g);
        int end = ballots.end(g);
        while (end > start && RankedBallots.rankOf(ballots.markAt(end - 1)) > rules.maxRankings()) {
            end--; // ranks beyond those read are ignored
        }
        if (start == end) {
            settle(g, -1, InactiveCause.NO_RANKINGS, weight, tally, moves);
            return;
        }
        int lastRank = 0;
        int maxRank = RankedBallots.rankOf(ballots.markAt(end - 1));
        Set<Integer> seen = rules.duplicates() == DuplicateRanking.EXHAUST ? new HashSet<>() : null;
        int i = start;
        while (i < end) {
            int rank = RankedBallots.rankOf(ballots.markAt(i));
            int j = i;
            while (j < end && RankedBallots.rankOf(ballots.markAt(j)) == rank) {
                j++;
            }
            InactiveCause stop = stopBefore(rank, lastRank, i, j, seen);
            if (stop != null) {
                settle(g, -1, stop, weight, tally, moves);
                return;
            }
            lastRank = rank;
            Overvote overvote = overvote(i, j);
            if (overvote == Overvote.EXHAUST) {
                settle(g, -1, InactiveCause.OVERVOTE, weight, tally, moves);
                return;
            }
            if (overvote == Overvote.NONE) {
                int c = firstContinuing(i, j);
                if (c >= 0) {
                    settle(g, c, null, weight, tally, moves);
                    add(tally, c, weight, count.fractional[g]);
                    return;
                }
            }
            if (rank == maxRank) {
                settle(g, -1, InactiveCause.EXHAUSTED_CHOICES, weight, tally, moves);
                return;
            }
            i = j;
        }
    }

    /** Why the ballot stops before reading the marks of this rank, in RCTab's order of checks; null to read on. */
    private InactiveCause stopBefore(int rank, int lastRank, int from, int to, Set<Integer> seen) {
        if (count.settings.surpluses() && count.winners == count.settings.seats()) {
            return InactiveCause.FINAL_ROUND_SURPLUS;
        }
        int skipped = rules.maxSkippedRanks();
        if (skipped != BallotRules.UNLIMITED && rank - lastRank > skipped + 1) {
            return InactiveCause.SKIPPED_RANKINGS;
        }
        if (seen != null && repeats(from, to, seen)) {
            return InactiveCause.REPEATED_RANKING;
        }
        return null;
    }

    private int firstContinuing(int from, int to) {
        for (int k = from; k < to; k++) {
            int c = RankedBallots.candidateOf(ballots.markAt(k));
            if (count.continuing(c)) {
                return c;
            }
        }
        return -1;
    }

    private boolean repeats(int from, int to, Set<Integer> seen) {
        for (int k = from; k < to; k++) {
            if (!seen.add(RankedBallots.candidateOf(ballots.markAt(k)))) {
                return true;
            }
        }
        return false;
    }

    /** RCTab's overvote decision for the marks of one rank. */
    private Overvote overvote(int from, int to) {
        OvervoteRule rule = rules.overvote();
        boolean explicit = false;
        for (int k = from; k < to; k++) {
            explicit |= RankedBallots.candidateOf(ballots.markAt(k)) == RankedBallots.OVERVOTE;
        }
        if (explicit) {
            if (to - from != 1) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name()
                        + "': a ballot marks the overvote label and a candidate at the same rank");
            }
            if (rule == OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING) {
                throw new IllegalArgumentException("contest '" + ballots.contest().name() + "': the overvote rule"
                        + " 'exhaust if multiple continuing' cannot read an overvote label that names no candidates");
            }
            return rule == OvervoteRule.EXHAUST_IMMEDIATELY ? Overvote.EXHAUST : Overvote.SKIP;
        }
        if (to - from <= 1) {
            return Overvote.NONE;
        }
        return switch (rule) {
            case EXHAUST_IMMEDIATELY -> Overvote.EXHAUST;
            case ALWAYS_SKIP_TO_NEXT_RANK -> Overvote.SKIP;
            case EXHAUST_IF_MULTIPLE_CONTINUING -> {
                int continuingHere = 0;
                for (int k = from; k < to; k++) {
                    continuingHere += count.continuing(RankedBallots.candidateOf(ballots.markAt(k))) ? 1 : 0;
                }
                yield continuingHere >= 2 ? Overvote.EXHAUST : Overvote.NONE;
            }
        };
    }

    /** Moves a ballot to a candidate (cause null) or out of the count (RCTab's recordSelectionForCastVoteRecord). */
    private void settle(int g, int to, InactiveCause cause, long weight, Tally tally, Transfers moves) {
        if (weight > 0) {
            moves.add(count.recipient[g], to < 0 ? Transfers.EXHAUSTED : to, weight, count.fractional[g]);
            if (sliceMoves != null) {
                sliceMoves.add(count.recipient[g], to < 0 ? Transfers.EXHAUSTED : to, weight, count.fractional[g]);
            }
        }
        count.recipient[g] = to;
        if (cause != null) {
            count.status[g] = (byte) (cause.ordinal() + 1);
            inactive(tally, cause, weight, count.fractional[g]);
        }
    }
}
