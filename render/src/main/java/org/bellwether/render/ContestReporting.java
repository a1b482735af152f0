package org.bellwether.render;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * How much of a contest (or of one county of it) is counted.
 *
 * @param level          the level units are counted at, e.g. {@code precinct}
 * @param units          the units that take part in the contest
 * @param unitsReporting those that have reported: a unit reports once it has ballots cast or votes in the contest
 *                       (Clarity shows a unit not yet in with zeros)
 * @param votesCounted   the votes counted for the contest's choices
 * @param expectedVote   the estimated votes when every unit is in, when it can be estimated: the votes counted,
 *                       plus, for the units not yet in, their registered voters times the votes per registered
 *                       voter of the units already in (rounded down); empty before any unit with registered voters
 *                       has reported, and equal to the votes counted once every unit is in
 */
public record ContestReporting(String level, int units, int unitsReporting, long votesCounted,
        OptionalLong expectedVote) {

    /** Estimated votes still to come, 0 when all units are in; empty when it cannot be estimated. */
    public OptionalLong remaining() {
        return expectedVote.isPresent() ? OptionalLong.of(Math.max(0, expectedVote.getAsLong() - votesCounted))
                : OptionalLong.empty();
    }

    public boolean complete() {
        return units > 0 && unitsReporting == units;
    }

    /** The estimate of {@link #expectedVote}, from sums over the reported and the unreported units. */
    public static OptionalLong estimate(long counted, long registeredIn, long registeredOut, boolean complete) {
        if (complete) {
            return OptionalLong.of(counted);
        }
        if (registeredIn == 0) {
            return OptionalLong.empty();
        }
        BigInteger rest = BigInteger.valueOf(registeredOut).multiply(BigInteger.valueOf(counted))
                .divide(BigInteger.valueOf(registeredIn));
        return OptionalLong.of(counted + rest.longValueExact());
    }
}
