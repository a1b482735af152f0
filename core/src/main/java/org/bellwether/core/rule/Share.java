package org.bellwether.core.rule;

import java.math.BigInteger;

/**
 * An exact fraction of the votes cast, strictly between 0 and 1, such as the 1/2 a majority must exceed.
 * Kept as two integers so that no threshold ever passes through floating point.
 *
 * @param numerator   at least 1
 * @param denominator greater than the numerator
 */
public record Share(long numerator, long denominator) {

    public Share {
        if (denominator <= 0) {
            throw new IllegalArgumentException("share: denominator must be positive, was " + denominator);
        }
        if (numerator <= 0 || numerator >= denominator) {
            throw new IllegalArgumentException("share: " + numerator + "/" + denominator
                    + " must lie strictly between 0 and 1");
        }
    }

    /** Whether this is one half (in any form, e.g. 2/4), the share a majority must exceed. */
    public boolean isHalf() {
        return BigInteger.valueOf(numerator).shiftLeft(1).equals(BigInteger.valueOf(denominator));
    }

    /**
     * The fewest whole votes that are more than this share of {@code total}.
     *
     * <p>"More than n/d of T" means v &gt; T·n/d. Votes are whole numbers, so the smallest such v is
     * floor(T·n/d) + 1: for T = 192,569 and 1/2, T/2 = 96,284.5 and 96,285 is needed; for an even
     * T = 260,316, exactly half (130,158) is not more than half and 130,159 is needed. T·n can exceed a
     * {@code long}, so the product is formed in {@link BigInteger}; the quotient is below T and always fits.
     */
    long fewestVotesAbove(long total) {
        BigInteger product = BigInteger.valueOf(total).multiply(BigInteger.valueOf(numerator));
        return product.divide(BigInteger.valueOf(denominator)).longValueExact() + 1;
    }

    /** "a majority" for one half, otherwise "more than n/d". */
    String phrase() {
        return isHalf() ? "a majority" : "more than " + this;
    }

    /** The share in percentage points, exactly when it terminates, else to six places: 1/200 is {@code 0.5}. */
    public String asPoints() {
        java.math.BigDecimal points = java.math.BigDecimal.valueOf(numerator * 100)
                .divide(java.math.BigDecimal.valueOf(denominator), 6, java.math.RoundingMode.HALF_EVEN);
        return points.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
