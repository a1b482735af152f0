package org.bellwether.core.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages for display. Never used to decide anything: thresholds are compared in whole votes.
 */
public final class Percentage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentage() {
    }

    /**
     * {@code part} as a percentage of {@code whole}, e.g. 92,673 of 192,569 is {@code "48.12"}.
     *
     * <p>The quotient 100·part/whole is computed exactly in {@link BigDecimal} and rounded once, half to even,
     * so a percentage exactly halfway (12.5 to no decimals) rounds to the even neighbour (12) and repeated
     * display never drifts upward. A whole of 0 shows as zero with the requested decimals.
     */
    public static String format(long part, long whole, int decimals) {
        if (part < 0 || whole < 0 || decimals < 0) {
            throw new IllegalArgumentException("percentage of " + part + " in " + whole + " to " + decimals
                    + " decimals: no argument may be negative");
        }
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
        }
        BigDecimal share = BigDecimal.valueOf(part).multiply(HUNDRED);
        return share.divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
