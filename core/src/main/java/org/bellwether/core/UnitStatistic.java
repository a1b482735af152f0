package org.bellwether.core;

import java.util.Objects;

/**
 * A count about a unit that is not a vote for a choice: registered voters, ballots cast, over- and undervotes.
 *
 * @param unit     index into {@link Election#units()}
 * @param contest  index into {@link Election#contests()}, or {@link #UNIT_WIDE} when it concerns the whole ballot
 * @param kind     what is counted
 * @param voteType index into {@link Election#voteTypes()}
 * @param count    the count, never negative
 */
public record UnitStatistic(int unit, int contest, StatisticKind kind, int voteType, long count) {

    public static final int UNIT_WIDE = -1;

    public UnitStatistic {
        check(unit, contest, kind, voteType, count);
    }

    /** What the constructor checks, for a builder that stores statistics without making one. */
    static void check(int unit, int contest, StatisticKind kind, int voteType, long count) {
        Objects.requireNonNull(kind, "statistic kind");
        if (unit < 0 || voteType < 0 || contest < UNIT_WIDE) {
            throw new IllegalArgumentException("statistic refers to a negative index");
        }
        if (count < 0) {
            throw new IllegalArgumentException(kind.label() + " is negative: " + count);
        }
    }
}
