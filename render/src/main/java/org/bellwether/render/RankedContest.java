package org.bellwether.render;

import java.util.List;
import java.util.Objects;
import org.bellwether.core.ranked.RankedOutcome;

/**
 * A ranked-choice contest counted from cast-vote records, as the API and the page show it: the records' summary
 * and the count round by round.
 *
 * @param ballots          the cast-vote records counted
 * @param distinctRankings how many distinct rankings they hold (identical ballots are counted once)
 * @param passes           the count: one outcome, or one per pass of a sequential count
 */
public record RankedContest(long ballots, int distinctRankings, List<RankedOutcome> passes) {

    public RankedContest {
        passes = List.copyOf(Objects.requireNonNull(passes, "passes"));
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("a ranked contest needs a pass of its count");
        }
    }

    /** The last pass: the whole count unless the count is sequential. */
    public RankedOutcome last() {
        return passes.get(passes.size() - 1);
    }
}
