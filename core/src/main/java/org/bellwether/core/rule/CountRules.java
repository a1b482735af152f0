package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * How the rounds of a ranked count go, apart from how a ballot is read: eliminations, candidates left out, and
 * when the count stops.
 *
 * @param elimination    one candidate per round, or a batch
 * @param minimumVotes   candidates below this many votes in a round are all eliminated in it (RCTab:
 *                       {@code minimumVoteThreshold}); 0 for none
 * @param stopAfterRound stop after this round even if nobody has won, {@link #NO_STOP} to count to the end
 *                       (RCTab: {@code stopTabulationEarlyAfterRound})
 * @param excluded       names of candidates left out of the count: a ballot passes over them as if they were not
 *                       ranked (withdrawn candidates; RCTab: a candidate's {@code excluded})
 */
public record CountRules(EliminationMode elimination, long minimumVotes, int stopAfterRound, List<String> excluded) {

    /** No early stop. */
    public static final int NO_STOP = Integer.MAX_VALUE;

    public CountRules {
        Objects.requireNonNull(elimination, "count rules: elimination mode");
        excluded = List.copyOf(Objects.requireNonNull(excluded, "count rules: excluded candidates"));
        if (minimumVotes < 0) {
            throw new IllegalArgumentException("count rules: minimum votes must be 0 or more, was " + minimumVotes);
        }
        if (stopAfterRound < 1) {
            throw new IllegalArgumentException("count rules: stop after round must be at least 1, was "
                    + stopAfterRound);
        }
    }

    /** One candidate eliminated per round, no minimum, no early stop, nobody excluded. */
    public static CountRules standard() {
        return new CountRules(EliminationMode.ONE_AT_A_TIME, 0, NO_STOP, List.of());
    }

    public CountRules withElimination(EliminationMode mode) {
        return new CountRules(mode, minimumVotes, stopAfterRound, excluded);
    }

    public CountRules withMinimumVotes(long votes) {
        return new CountRules(elimination, votes, stopAfterRound, excluded);
    }

    public CountRules withStopAfterRound(int round) {
        return new CountRules(elimination, minimumVotes, round, excluded);
    }

    public CountRules withExcluded(List<String> names) {
        return new CountRules(elimination, minimumVotes, stopAfterRound, names);
    }

    String describe() {
        return (elimination == EliminationMode.BATCH ? "batch elimination" : "one elimination per round")
                + (minimumVotes > 0 ? "; candidates under " + minimumVotes + " votes eliminated" : "")
                + (stopAfterRound != NO_STOP ? "; stops after round " + stopAfterRound : "")
                + (excluded.isEmpty() ? "" : "; excluded: " + String.join(", ", excluded));
    }
}
