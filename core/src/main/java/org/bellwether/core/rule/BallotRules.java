package org.bellwether.core.rule;

import java.util.Objects;

/**
 * How one ranked ballot is read, round by round: which rank counts for it, and when it exhausts.
 *
 * @param overvote        what a rank marking two or more candidates does
 * @param maxSkippedRanks how many blank ranks in a row a ballot may skip and still count on; one more and it
 *                        exhausts. {@link #UNLIMITED} for no limit, 0 to exhaust at the first blank rank before a
 *                        later mark (RCTab: {@code maxSkippedRanksAllowed}; Maine's law is 1)
 * @param maxRankings     how many ranks are read, the later ones ignored; {@link #UNLIMITED} reads all that the
 *                        ballot has (RCTab: {@code maxRankingsAllowed})
 * @param duplicates      what ranking the same candidate twice does
 */
public record BallotRules(OvervoteRule overvote, int maxSkippedRanks, int maxRankings, DuplicateRanking duplicates) {

    /** No limit on skipped ranks or on the ranks read. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public BallotRules {
        Objects.requireNonNull(overvote, "ballot rules: overvote rule");
        Objects.requireNonNull(duplicates, "ballot rules: duplicate ranking rule");
        if (maxSkippedRanks < 0) {
            throw new IllegalArgumentException("ballot rules: skipped ranks allowed must be 0 or more, was "
                    + maxSkippedRanks);
        }
        if (maxRankings < 1) {
            throw new IllegalArgumentException("ballot rules: rankings read must be at least 1, was " + maxRankings);
        }
    }

    /**
     * The common reading: an overvote exhausts the ballot, any number of skipped ranks is passed over, every rank
     * is read, a repeated candidate is passed over.
     */
    public static BallotRules standard() {
        return new BallotRules(OvervoteRule.EXHAUST_IMMEDIATELY, UNLIMITED, UNLIMITED, DuplicateRanking.SKIP);
    }

    public BallotRules withOvervote(OvervoteRule rule) {
        return new BallotRules(rule, maxSkippedRanks, maxRankings, duplicates);
    }

    public BallotRules withMaxSkippedRanks(int skipped) {
        return new BallotRules(overvote, skipped, maxRankings, duplicates);
    }

    public BallotRules withMaxRankings(int rankings) {
        return new BallotRules(overvote, maxSkippedRanks, rankings, duplicates);
    }

    public BallotRules withDuplicates(DuplicateRanking rule) {
        return new BallotRules(overvote, maxSkippedRanks, maxRankings, rule);
    }

    String describe() {
        return "overvote: " + overvote.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "; skipped ranks allowed: " + (maxSkippedRanks == UNLIMITED ? "unlimited" : maxSkippedRanks)
                + "; rankings read: " + (maxRankings == UNLIMITED ? "all" : maxRankings)
                + "; repeated candidate: " + (duplicates == DuplicateRanking.SKIP ? "passed over" : "exhausts");
    }
}
