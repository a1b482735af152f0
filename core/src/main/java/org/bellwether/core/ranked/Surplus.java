package org.bellwether.core.ranked;

import java.util.List;

/**
 * RCTab's surplus transfer: a winner's ballots keep what the threshold needs and pass on the rest
 * ({@code recordCurrentRecipientAsWinner}), and in the rounds after, each winner's tally is what it kept, less the
 * residual surplus that cutting left over the threshold ({@code updateWinnerTallies}).
 */
final class Surplus {

    private final Count count;

    Surplus(Count count) {
        this.count = count;
    }

    /**
     * The surplus fraction (votes - threshold) / votes, cut to the count's places; each ballot passes on its value
     * times that fraction, cut again, and keeps the rest for the winner.
     */
    void transfer(Tally tally, List<Integer> elected) {
        for (int w : elected) {
            long votes = tally.units[w];
            long extra = votes - tally.threshold;
            long fraction = extra > 0 ? Fixed.mulDivFloor(extra, count.one, votes) : 0;
            for (int g = 0; g < count.recipient.length; g++) {
                if (count.recipient[g] != w || count.status[g] != 0) {
                    continue;
                }
                long passed = Fixed.mulDivFloor(count.value[g], fraction, count.one);
                long kept = Math.multiplyExact(count.ballots.count(g), count.value[g] - passed);
                count.retained[w] = Math.addExact(count.retained[w], kept);
                count.retainedAny[w] = true;
                if (count.slices > 0) {
                    int slice = count.ballots.slice(g);
                    count.sliceRetained[slice][w] = Math.addExact(count.sliceRetained[slice][w], kept);
                    count.sliceRetainedAny[slice][w] = true;
                }
                count.value[g] = passed;
                count.fractional[g] = true;
            }
        }
    }

    /**
     * The winners' figures in this round: what they kept when elected the round before, else as before. A precinct's
     * share is what its ballots kept, with no residual taken off: RCTab sets only the count's own figure to the
     * threshold.
     */
    void carryWinners(Tally tally) {
        carryOwn(tally);
        for (int s = 0; s < count.slices && count.round > 1; s++) {
            Tally share = count.sliceTallies.get(count.round)[s];
            Tally before = count.sliceTallies.get(count.round - 1)[s];
            for (int w : count.electionOrder) {
                int elected = count.electedRound[w];
                if (elected == count.round) {
                    continue;
                }
                share.present[w] = true;
                boolean computed = elected == count.round - 1;
                share.units[w] = computed ? count.sliceRetained[s][w] : before.units[w];
                share.fractional[w] = computed ? count.sliceRetainedAny[s][w] : before.fractional[w];
            }
        }
    }

    private void carryOwn(Tally tally) {
        Tally before = count.tallies.get(count.round - 1);
        for (int w : count.electionOrder) {
            int elected = count.electedRound[w];
            if (elected == count.round) {
                continue;
            }
            tally.present[w] = true;
            if (elected == count.round - 1) {
                tally.units[w] = count.retained[w];
                tally.fractional[w] = count.retainedAny[w];
                long residual = tally.units[w] - tally.threshold;
                if (residual > 0) {
                    tally.units[w] = tally.threshold;
                    tally.fractional[w] = tally.thresholdFractional;
                    count.transfersOf(count.round).add(w, Transfers.RESIDUAL, residual, true);
                }
            } else {
                tally.units[w] = before.units[w];
                tally.fractional[w] = before.fractional[w];
            }
        }
    }
}
