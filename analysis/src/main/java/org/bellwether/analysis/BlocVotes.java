package org.bellwether.analysis;

import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * Votes of the Republican bloc, the Democratic bloc and everyone else. Counts read from a file are whole numbers;
 * a precinct split between districts contributes a share of its votes, so the counts are exact fractions
 * ({@link BigFraction}) and no vote is ever rounded before a figure is displayed.
 *
 * @param republican votes of the Republican bloc
 * @param democratic votes of the Democratic bloc
 * @param other      every other vote for a choice of the contest
 */
public record BlocVotes(BigFraction republican, BigFraction democratic, BigFraction other) {

    public static final BlocVotes ZERO = new BlocVotes(BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO);

    public BlocVotes {
        Objects.requireNonNull(republican, "Republican votes");
        Objects.requireNonNull(democratic, "Democratic votes");
        Objects.requireNonNull(other, "other votes");
        if (republican.signum() < 0 || democratic.signum() < 0 || other.signum() < 0) {
            throw new IllegalArgumentException("bloc votes are negative: " + republican + ", " + democratic + ", "
                    + other);
        }
    }

    public static BlocVotes of(long republican, long democratic, long other) {
        return new BlocVotes(new BigFraction(republican), new BigFraction(democratic), new BigFraction(other));
    }

    public BlocVotes plus(BlocVotes o) {
        return new BlocVotes(republican.add(o.republican), democratic.add(o.democratic), other.add(o.other));
    }

    /** These votes times a share between 0 and 1, exactly. */
    public BlocVotes times(BigFraction share) {
        return new BlocVotes(republican.multiply(share), democratic.multiply(share), other.multiply(share));
    }

    public BigFraction of(Bloc bloc) {
        return switch (bloc) {
            case REPUBLICAN -> republican;
            case DEMOCRATIC -> democratic;
            case OTHER -> other;
        };
    }

    public BigFraction total() {
        return republican.add(democratic).add(other);
    }

    public boolean isEmpty() {
        return total().signum() == 0;
    }

    /** (R − D) / all votes, as a fraction of 1: the all-party margin. Zero when there are no votes. */
    public BigFraction margin() {
        BigFraction total = total();
        return total.signum() == 0 ? BigFraction.ZERO : republican.subtract(democratic).divide(total);
    }

    /** R / (R + D): the Republican share of the two-party vote. Zero when neither bloc has votes. */
    public BigFraction twoPartyRepublican() {
        BigFraction two = republican.add(democratic);
        return two.signum() == 0 ? BigFraction.ZERO : republican.divide(two);
    }

    /** (R − D) / (R + D): the two-party margin, which is 2 × (two-party share − ½). */
    public BigFraction twoPartyMargin() {
        BigFraction two = republican.add(democratic);
        return two.signum() == 0 ? BigFraction.ZERO : republican.subtract(democratic).divide(two);
    }

    /** A bloc's share of all votes, as a fraction of 1. */
    public BigFraction share(Bloc bloc) {
        BigFraction total = total();
        return total.signum() == 0 ? BigFraction.ZERO : of(bloc).divide(total);
    }
}
