package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.rule.DuplicateRanking;
import org.bellwether.core.rule.EliminationMode;
import org.bellwether.core.rule.OvervoteRule;
import org.bellwether.core.rule.Quota;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.ThresholdRounding;

/**
 * One ranked count in progress: the rounds of an instant runoff or a single transferable vote, in the order and
 * with the arithmetic RCTab uses, over grouped ballots.
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

    private static final int UNCOUNTED = -1;
    private static final InactiveCause[] CAUSES = InactiveCause.values();

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
    final boolean[] retainedFractional;
    final boolean[] retainedAny;
    int winners;
    int eliminated;
    final List<Integer> electionOrder = new ArrayList<>();

    final List<Tally> tallies = new ArrayList<>();
    final List<Transfers> transfers = new ArrayList<>();
    final List<List<Decision>> decisions = new ArrayList<>();
    final Ties ties;
    PendingTie pendingTie;
    int round;

    Count(RankedBallots ballots, Rule rule) {
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
        retainedFractional = new boolean[candidates];
        retainedAny = new boolean[candidates];
        ties = new Ties(this);
        transfers.add(null);
        tallies.add(null);
        decisions.add(null);
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

    // ---- the loop

    RankedOutcome run() {
        while (keepCounting()) {
            round++;
            Tally tally = countRound();
            tallies.add(tally);
            decisions.add(new ArrayList<>());
            setThreshold(tally);
            List<Integer> elected = winners(tally);
            if (pendingTie != null) {
                break;
            }
            if (!elected.isEmpty()) {
                elect(tally, elected);
            } else if (winners < settings.seats()
                    || (settings.continueUntilTwo() && eliminated < countedCandidates() - 2)) {
                List<Integer> out = eliminations(tally);
                if (pendingTie != null) {
                    break;
                }
                if (out.isEmpty()) {
                    throw new IllegalStateException("contest '" + ballots.contest().name() + "': round " + round
                            + " elects and eliminates nobody");
                }
            }
            if (settings.seats() > 1) {
                carryWinners(tally);
            }
        }
        return Outcomes.of(this);
    }

    private boolean keepCounting() {
        if (round >= settings.count().stopAfterRound()) {
            return false;
        }
        if (winners == declaredCandidates() && settings.seats() > countedCandidates()) {
            return false;
        }
        if (settings.continueUntilTwo()) {
            return eliminated + winners + 1 < countedCandidates() || eliminatedIn(round);
        }
        return winners < settings.seats() || (settings.surpluses() && electedIn(round));
    }

    private boolean eliminatedIn(int r) {
        for (int e : eliminatedRound) {
            if (r > 0 && e == r) {
                return true;
            }
        }
        return false;
    }

    private boolean electedIn(int r) {
        for (int e : electedRound) {
            if (r > 0 && e == r) {
                return true;
            }
        }
        return false;
    }

    // ---- one round's tallies (RCTab's computeTalliesForRound)

    private Tally countRound() {
        Tally tally = new Tally(candidates);
        for (int c = 0; c < candidates; c++) {
            tally.present[c] = continuing(c);
        }
        Transfers moves = transfersOf(round);
        for (int g = 0; g < recipient.length; g++) {
            long weight = Math.multiplyExact(ballots.count(g), value[g]);
            if (status[g] != 0) {
                tally.addInactive(CAUSES[status[g] - 1], weight, fractional[g]);
                continue;
            }
            int current = recipient[g];
            if (current != UNCOUNTED && continuing(current)) {
                tally.add(current, weight, fractional[g]);
                continue;
            }
            walk(g, weight, tally, moves);
        }
        return tally;
    }

    private Transfers transfersOf(int r) {
        while (transfers.size() <= r) {
            transfers.add(new Transfers(candidates));
        }
        return transfers.get(r);
    }

    /** Finds the ballot's next continuing candidate, or why it stops counting. */
    private void walk(int g, long weight, Tally tally, Transfers moves) {
        int start = ballots.start(g);
        int end = ballots.end(g);
        int maxRankings = settings.ballots().maxRankings();
        while (end > start && RankedBallots.rankOf(ballots.markAt(end - 1)) > maxRankings) {
            end--; // ranks beyond those read are ignored
        }
        if (start == end) {
            settle(g, -1, InactiveCause.NO_RANKINGS, weight, tally, moves);
            return;
        }
        int lastRank = 0;
        int maxRank = RankedBallots.rankOf(ballots.markAt(end - 1));
        Set<Integer> seen = settings.ballots().duplicates() == DuplicateRanking.EXHAUST ? new HashSet<>() : null;
        int i = start;
        while (i < end) {
            int rank = RankedBallots.rankOf(ballots.markAt(i));
            int j = i;
            while (j < end && RankedBallots.rankOf(ballots.markAt(j)) == rank) {
                j++;
            }
            if (settings.surpluses() && winners == settings.seats()) {
                settle(g, -1, InactiveCause.FINAL_ROUND_SURPLUS, weight, tally, moves);
                return;
            }
            int skipped = settings.ballots().maxSkippedRanks();
            if (skipped != org.bellwether.core.rule.BallotRules.UNLIMITED && rank - lastRank > skipped + 1) {
                settle(g, -1, InactiveCause.SKIPPED_RANKINGS, weight, tally, moves);
                return;
            }
            lastRank = rank;
            if (seen != null && repeats(i, j, seen)) {
                settle(g, -1, InactiveCause.REPEATED_RANKING, weight, tally, moves);
                return;
            }
            switch (overvote(i, j)) {
                case EXHAUST -> {
                    settle(g, -1, InactiveCause.OVERVOTE, weight, tally, moves);
                    return;
                }
                case SKIP -> {
                    if (rank == maxRank) {
                        settle(g, -1, InactiveCause.EXHAUSTED_CHOICES, weight, tally, moves);
                    }
                    i = j;
                    continue;
                }
                case NONE -> {
                    for (int k = i; k < j; k++) {
                        int c = RankedBallots.candidateOf(ballots.markAt(k));
                        if (continuing(c)) {
                            settle(g, c, null, weight, tally, moves);
                            tally.add(c, weight, fractional[g]);
                            return;
                        }
                    }
                }
            }
            if (rank == maxRank) {
                settle(g, -1, InactiveCause.EXHAUSTED_CHOICES, weight, tally, moves);
                return;
            }
            i = j;
        }
    }

    private boolean repeats(int from, int to, Set<Integer> seen) {
        for (int k = from; k < to; k++) {
            if (!seen.add(RankedBallots.candidateOf(ballots.markAt(k)))) {
                return true;
            }
        }
        return false;
    }

    private enum Overvote { NONE, EXHAUST, SKIP }

    /** RCTab's overvote decision for the marks of one rank. */
    private Overvote overvote(int from, int to) {
        OvervoteRule rule = settings.ballots().overvote();
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
                    continuingHere += continuing(RankedBallots.candidateOf(ballots.markAt(k))) ? 1 : 0;
                }
                yield continuingHere >= 2 ? Overvote.EXHAUST : Overvote.NONE;
            }
        };
    }

    /** Moves a ballot to a candidate (cause null) or out of the count (RCTab's recordSelectionForCastVoteRecord). */
    private void settle(int g, int to, InactiveCause cause, long weight, Tally tally, Transfers moves) {
        if (weight > 0) {
            moves.add(recipient[g], to < 0 ? Transfers.EXHAUSTED : to, weight, fractional[g]);
        }
        recipient[g] = to;
        if (cause != null) {
            status[g] = (byte) (cause.ordinal() + 1);
            tally.addInactive(cause, weight, fractional[g]);
        }
    }

    // ---- the threshold (RCTab's calculateAndSetWinningThreshold)

    private void setThreshold(Tally tally) {
        boolean recompute;
        if (round == 1) {
            recompute = true;
        } else if (settings.seats() > 1) {
            recompute = !settings.fixedThreshold();
        } else if (settings.firstRoundThreshold()) {
            recompute = false;
        } else if (settings.continueUntilTwo()) {
            recompute = winners == 0;
        } else {
            recompute = true;
        }
        if (!recompute) {
            tally.threshold = tallies.get(round - 1).threshold;
            tally.thresholdFractional = tallies.get(round - 1).thresholdFractional;
            return;
        }
        long total = tally.activeUnits();
        long divisor = settings.quota() == Quota.HARE ? settings.seats() : settings.seats() + 1L;
        boolean fractionalThreshold = settings.rounding() == ThresholdRounding.FRACTIONAL && settings.decimals() > 0;
        long unit = fractionalThreshold ? 1 : one;
        if (settings.quota() == Quota.HARE) {
            tally.threshold = Fixed.ceilDiv(total, Math.multiplyExact(divisor, unit)) * unit;
        } else {
            tally.threshold = (total / Math.multiplyExact(divisor, unit) + 1) * unit;
        }
        tally.thresholdFractional = fractionalThreshold;
    }

    // ---- winners (RCTab's identifyWinners)

    private List<Integer> winners(Tally tally) {
        List<Integer> selected = new ArrayList<>();
        if (uwi >= 0 && tally.present[uwi] && tally.units[uwi] != 0) {
            return selected;
        }
        List<Integer> present = tally.presentCandidates();
        int unfilled = settings.seats() - winners;
        if (unfilled > 0) {
            if (present.size() <= unfilled) {
                selected.addAll(tally.ascending(present));
            } else if (settings.firstRoundThreshold() && present.size() - 1 == settings.seats()) {
                selected.addAll(tally.top(present));
            } else if (!settings.bottomsUp()) {
                for (int c : tally.ascending(present)) {
                    if (tally.units[c] >= tally.threshold && c != uwi) {
                        selected.add(c);
                    }
                }
            }
        }
        boolean tieAmongWinners = selected.size() > 1
                && (settings.oneWinnerPerRound() || settings.firstRoundThreshold());
        boolean tieForLastTwo = settings.seats() == 1 && selected.isEmpty() && present.size() == 2 && unfilled == 1;
        if (tieAmongWinners || tieForLastTwo) {
            List<Integer> top = tally.top(present);
            if (top.size() > 1) {
                int chosen = ties.breakTie(top, true, tally.units[top.get(0)]);
                if (chosen < 0) {
                    return List.of();
                }
                record(chosen, true, "won a tie", Optional.of(ties.lastExplanation()));
                return List.of(chosen);
            }
            selected = top;
        }
        for (int c : selected) {
            String reason = tally.units[c] >= tally.threshold
                    ? "reached the threshold"
                    : "remains for a seat left to fill";
            record(c, true, reason, Optional.empty());
        }
        return selected;
    }

    private void record(int c, boolean elected, String reason, Optional<String> tie) {
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

    /** Each winner's ballots keep what the threshold needs and pass on their share of the surplus. */
    private void elect(Tally tally, List<Integer> elected) {
        if (!settings.surpluses()) {
            return;
        }
        for (int w : elected) {
            long votes = tally.units[w];
            long extra = votes - tally.threshold;
            long fraction = extra > 0 ? Fixed.mulDivFloor(extra, one, votes) : 0;
            for (int g = 0; g < recipient.length; g++) {
                if (recipient[g] != w || status[g] != 0) {
                    continue;
                }
                long passed = Fixed.mulDivFloor(value[g], fraction, one);
                retained[w] = Math.addExact(retained[w], Math.multiplyExact(ballots.count(g), value[g] - passed));
                retainedFractional[w] = true;
                retainedAny[w] = true;
                value[g] = passed;
                fractional[g] = true;
            }
        }
    }

    // ---- eliminations (RCTab's dropUndeclaredWriteIns, doBatchElimination, doRegularElimination)

    private List<Integer> eliminations(Tally tally) {
        if (uwi >= 0 && tally.present[uwi] && tally.units[uwi] > 0) {
            record(uwi, false, "stands for undeclared write-ins", Optional.empty());
            return List.of(uwi);
        }
        List<Integer> present = tally.presentCandidates();
        if (settings.count().minimumVotes() > 0) {
            List<Integer> under = new ArrayList<>();
            for (int c : tally.ascending(present)) {
                if (tally.units[c] < Math.multiplyExact(settings.count().minimumVotes(), one)) {
                    under.add(c);
                }
            }
            if (!under.isEmpty() && under.size() < present.size()) {
                for (int c : under) {
                    record(c, false, "had fewer votes than the minimum of " + settings.count().minimumVotes(),
                            Optional.empty());
                }
                return under;
            }
        }
        if (settings.count().elimination() == EliminationMode.BATCH) {
            List<Integer> batch = batch(tally, present);
            if (batch.size() > 1) {
                for (int c : batch) {
                    record(c, false, "batch elimination: together the last candidates had fewer votes than the"
                            + " next", Optional.empty());
                }
                return batch;
            }
        }
        List<Integer> last = tally.bottom(present);
        if (last.size() > 1) {
            int chosen = ties.breakTie(last, false, tally.units[last.get(0)]);
            if (chosen < 0) {
                return List.of();
            }
            record(chosen, false, "lost a tie for fewest votes", Optional.of(ties.lastExplanation()));
            return List.of(chosen);
        }
        record(last.get(0), false, "had the fewest votes", Optional.empty());
        return last;
    }

    /**
     * Every candidate at the bottom whose votes together are fewer than the next-lowest candidate's votes: none
     * of them could overtake anyone above, whatever the transfers.
     */
    private List<Integer> batch(Tally tally, List<Integer> present) {
        List<Integer> seen = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        List<Integer> previous = new ArrayList<>();
        long running = 0;
        for (List<Integer> level : tally.levels(present)) {
            long votes = tally.units[level.get(0)];
            if (running < votes && seen.size() > batch.size()) {
                previous = new ArrayList<>(batch);
                for (int c : seen) {
                    if (!batch.contains(c)) {
                        batch.add(c);
                    }
                }
            }
            running = Math.addExact(running, Math.multiplyExact(votes, level.size()));
            seen.addAll(level);
        }
        if (settings.continueUntilTwo() && batch.size() + eliminated == countedCandidates() - 1) {
            return previous;
        }
        return batch;
    }

    // ---- winners' tallies after their election (RCTab's updateWinnerTallies)

    private void carryWinners(Tally tally) {
        Tally before = tallies.get(round - 1);
        for (int w : electionOrder) {
            int elected = electedRound[w];
            if (elected == round) {
                continue;
            }
            tally.present[w] = true;
            if (elected == round - 1) {
                tally.units[w] = retained[w];
                tally.fractional[w] = retainedAny[w] && retainedFractional[w];
                long residual = tally.units[w] - tally.threshold;
                if (residual > 0) {
                    tally.units[w] = tally.threshold;
                    tally.fractional[w] = tally.thresholdFractional;
                    transfersOf(round).add(w, Transfers.RESIDUAL, residual, true);
                }
            } else {
                tally.units[w] = before.units[w];
                tally.fractional[w] = before.fractional[w];
            }
        }
    }

    BigDecimal amount(long units, boolean isFractional) {
        return Fixed.decimal(units, isFractional, settings.decimals(), one);
    }

    Choice choice(int c) {
        return ballots.contest().choices().get(c);
    }
}
