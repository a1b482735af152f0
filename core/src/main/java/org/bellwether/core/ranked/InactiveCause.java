package org.bellwether.core.ranked;

/**
 * Why a ballot stopped counting for any candidate. The keys are those of RCTab's summary
 * ({@code inactiveBallots}).
 */
public enum InactiveCause {
    /** It ranked nobody at all (an undervote of the whole contest). */
    NO_RANKINGS("didNotRankAnyCandidates"),
    /** Every candidate it ranked is out of the count. */
    EXHAUSTED_CHOICES("exhaustedChoices"),
    /** It reached an overvote that exhausts it. */
    OVERVOTE("overvotes"),
    /** It skipped more ranks in a row than the rules allow. */
    SKIPPED_RANKINGS("skippedRankings"),
    /** It ranked a candidate twice, and the rules exhaust such a ballot. */
    REPEATED_RANKING("repeatedRankings"),
    /**
     * Every seat is filled and what is left of it is surplus nobody can receive. Not inactive in RCTab's sense:
     * such votes still count among the round's active votes.
     */
    FINAL_ROUND_SURPLUS("finalRoundSurplus");

    private final String key;

    InactiveCause(String key) {
        this.key = key;
    }

    /** RCTab's name for the cause. */
    public String key() {
        return key;
    }

    /** Whether RCTab counts these votes as inactive (all causes but the final round's surplus). */
    public boolean inactive() {
        return this != FINAL_ROUND_SURPLUS;
    }
}
