package org.bellwether.analysis.cycle;

import java.util.Objects;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * One special in both FiveThirtyEight's table and Bellwether's own analysis: our figure beside theirs, and why
 * they differ. All in R − D points (FiveThirtyEight's "Dem improvement" is negated).
 *
 * <p>The table's partisan lean, as its README defines it: 0.75 × (district − nation, 2016 president) + 0.25 ×
 * (district − nation, 2012 president), margins of all votes. We compute it from our own precinct-level baselines
 * inside the district and the FEC's national totals. Where the shared data has no 2012 result inside the district,
 * the 2012 margin is the 2016 margin minus the table's own "Clinton margin improvement over Obama" column (whole
 * points, so ±0.5 of rounding). The shared 2018 lean file is a different, later vintage: both are shown.
 *
 * @param name            the special, as our analysis names it
 * @param special         our special's margin, points
 * @param district2016    our 2016 presidential margin inside the district, points
 * @param district2012    our 2012 margin inside the district, points (computed or derived, see {@code derived2012})
 * @param derived2012     whether the 2012 margin came from the table's Clinton-over-Obama column
 * @param tableLean       the table's lean formula computed from our baselines, points
 * @param published       FiveThirtyEight's over-performance, points (whole, as printed)
 * @param sharedLean      the shared lean file's lean for the district, when it has it
 */
public record PublishedComparison(String name, BigFraction special, BigFraction district2016,
        BigFraction district2012, boolean derived2012, BigFraction tableLean, BigFraction published,
        Optional<BigFraction> sharedLean) {

    private static final BigFraction HUNDRED = new BigFraction(100);
    private static final BigFraction W2016 = new BigFraction(3, 4);
    private static final BigFraction W2012 = new BigFraction(1, 4);

    public PublishedComparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sharedLean, "shared lean (use Optional.empty())");
    }

    /**
     * @param specialMargin    our special's margin, a fraction of 1
     * @param margin2016       our 2016 margin inside the district, a fraction of 1
     * @param margin2012       our 2012 margin inside the district, when the shared data has it
     * @param clintonOverObama the table's column, D − R points
     * @param demOverLean      the table's over-performance, D − R points
     */
    public static PublishedComparison of(String name, BigFraction specialMargin, BigFraction margin2016,
            Optional<BigFraction> margin2012, BigFraction clintonOverObama, BigFraction demOverLean,
            Optional<BigFraction> sharedLean) {
        BigFraction p16 = margin2016.multiply(HUNDRED);
        BigFraction p12 = margin2012.map(m -> m.multiply(HUNDRED)).orElse(p16.add(clintonOverObama));
        BigFraction lean = W2016.multiply(p16.subtract(NationalVote.PRESIDENT_2016.margin().multiply(HUNDRED)))
                .add(W2012.multiply(p12.subtract(NationalVote.PRESIDENT_2012.margin().multiply(HUNDRED))));
        return new PublishedComparison(name, specialMargin.multiply(HUNDRED), p16, p12, margin2012.isEmpty(), lean,
                demOverLean.negate(), sharedLean);
    }

    /** Our over-performance against the table's lean formula. */
    public BigFraction oursAgainstTableLean() {
        return special.subtract(tableLean);
    }

    /** Our figure minus FiveThirtyEight's. */
    public BigFraction difference() {
        return oursAgainstTableLean().subtract(published);
    }

    /** Our over-performance against the shared lean file (what the other analyses use). */
    public Optional<BigFraction> oursAgainstSharedLean() {
        return sharedLean.map(special::subtract);
    }

    /** Why our figure and FiveThirtyEight's differ, in a sentence. */
    public String explanation() {
        double d = Math.abs(difference().doubleValue());
        String rounding = d <= 0.5 ? "within the table's rounding to whole points (±0.5)"
                : d <= 1.0 ? "within the table's rounding (±0.5) and the derived 2012 margin's rounding (±0.5 × 0.25)"
                        + " plus our precinct allocation"
                        : "more than rounding: the table's district figures (Daily Kos Elections) differ from our"
                                + " precinct-level baselines";
        String vintage = sharedLean.map(l -> "; the shared 2018 lean file's lean differs from the table's by "
                + signed(l.subtract(tableLean)) + " points, so against it the figure is "
                + signed(special.subtract(l))).orElse("");
        return rounding + (derived2012 ? " (2012 margin derived from the table's Clinton-over-Obama column)" : "")
                + vintage;
    }

    private static String signed(BigFraction points) {
        return org.bellwether.analysis.Points.signed(points.divide(100), 2);
    }
}
