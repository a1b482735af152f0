package org.bellwether.core;

/**
 * The sizes a {@link TallyTable} can hold. A tally's key packs its four indices into one {@code long}
 * (20 + 12 + 24 + 8 bits), which is what lets a national election live in a few primitive arrays.
 * Each limit is far above real elections (the largest US state has about 15,000 precincts) and is named in
 * the error that reports it.
 */
public final class TallyLimits {

    public static final int MAX_CONTESTS = 1 << 20;
    public static final int MAX_CHOICES_PER_CONTEST = 1 << 12;
    public static final int MAX_UNITS = 1 << 24;
    public static final int MAX_VOTE_TYPES = 1 << 8;
    /** Votes in one tally row; sums are computed in {@code long}. */
    public static final long MAX_VOTES_PER_TALLY = Integer.MAX_VALUE;

    private TallyLimits() {
    }

    static void check(String what, long value, long limit) {
        if (value < 0 || value >= limit) {
            throw new IllegalArgumentException(what + " " + value + " is outside the limit of " + limit
                    + " (TallyLimits." + limitName(limit) + ")");
        }
    }

    private static String limitName(long limit) {
        if (limit == MAX_CONTESTS) {
            return "MAX_CONTESTS";
        } else if (limit == MAX_CHOICES_PER_CONTEST) {
            return "MAX_CHOICES_PER_CONTEST";
        } else if (limit == MAX_UNITS) {
            return "MAX_UNITS";
        }
        return "MAX_VOTE_TYPES";
    }
}
