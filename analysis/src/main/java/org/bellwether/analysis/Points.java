package org.bellwether.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hipparchus.fraction.BigFraction;

/**
 * Fractions of 1 shown as percentage points. Display only: every figure is computed exactly and rounded once,
 * here, half to even, so that the same input always prints the same digits.
 */
public final class Points {

    private static final BigFraction HUNDRED = new BigFraction(100);

    private Points() {
    }

    /** {@code fraction} × 100 to {@code decimals} places, e.g. 0.0149 → {@code 1.49}. */
    public static BigDecimal of(BigFraction fraction, int decimals) {
        return fraction.multiply(HUNDRED).bigDecimalValue(decimals, RoundingMode.HALF_EVEN);
    }

    /** Points as display text with a sign, e.g. {@code +1.49} or {@code -10.73}. */
    public static String signed(BigFraction fraction, int decimals) {
        BigDecimal value = of(fraction, decimals);
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    /** A count that may be fractional (a share of a split precinct), to {@code decimals} places. */
    public static BigDecimal votes(BigFraction votes, int decimals) {
        return votes.bigDecimalValue(decimals, RoundingMode.HALF_EVEN);
    }
}
