package org.bellwether.core.rule;

import java.util.Objects;

/**
 * A recount margin the law sets: when the margin at the cut line is at most this share of the votes cast, a
 * recount may be requested (Georgia: 0.5 percentage points, i.e. 1/200).
 *
 * @param share   the margin's largest share of the votes cast, as an exact fraction
 * @param statute the law that sets it
 */
public record RecountMargin(Share share, String statute) {

    public RecountMargin {
        Objects.requireNonNull(share, "recount margin share");
        Objects.requireNonNull(statute, "recount margin statute");
    }

    /**
     * Whether {@code margin} votes out of {@code total} is within the margin: margin / total ≤ n/d, i.e.
     * margin · d ≤ total · n, compared exactly.
     */
    public boolean within(long margin, long total) {
        return java.math.BigInteger.valueOf(margin).multiply(java.math.BigInteger.valueOf(share.denominator()))
                .compareTo(java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(share.numerator())))
                <= 0;
    }

    public String describe() {
        return "a recount may be requested when the margin is at most " + share.asPoints() + " percentage points of"
                + " the votes cast (" + statute + ")";
    }
}
