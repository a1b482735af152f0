package org.bellwether.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * A district's partisan lean: how much more Republican than the nation it votes, in points of margin
 * (FiveThirtyEight's {@code R+14.5} is 14.5, {@code D+41.69} is −41.69).
 *
 * @param district the district's id in the lean file, e.g. {@code GA-6}
 * @param lean     Republican-minus-Democratic points relative to the nation
 */
public record DistrictLean(String district, BigDecimal lean) {

    public DistrictLean {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(lean, "lean");
    }

    /** The lean as an exact fraction of points. */
    public BigFraction points() {
        return exact(lean);
    }

    /** A decimal as an exact fraction: unscaled value over 10^scale. */
    public static BigFraction exact(BigDecimal value) {
        return value.scale() <= 0 ? new BigFraction(value.toBigIntegerExact())
                : new BigFraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }
}
