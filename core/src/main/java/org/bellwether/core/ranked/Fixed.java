package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Whole units of 10^-d: exact products and quotients, cut toward zero as RCTab's {@code RoundingMode.DOWN}. */
final class Fixed {

    private Fixed() {
    }

    static long pow10(int d) {
        long p = 1;
        for (int i = 0; i < d; i++) {
            p = Math.multiplyExact(p, 10);
        }
        return p;
    }

    /** floor(a · b / c) for a, b ≥ 0 and c &gt; 0, exact even when a · b overflows a long. */
    static long mulDivFloor(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        if (high == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    static long ceilDiv(long a, long b) {
        return Math.ceilDiv(a, b);
    }

    /**
     * The figure as RCTab's {@code BigDecimal} prints it: with {@code d} decimal places once a fractional value
     * went into it, else as a whole number.
     */
    static BigDecimal decimal(long units, boolean fractional, int d, long one) {
        if (fractional) {
            return BigDecimal.valueOf(units, d);
        }
        if (units % one != 0) {
            throw new IllegalStateException("a whole-vote figure of " + units + " units is not whole");
        }
        return BigDecimal.valueOf(units / one);
    }
}
