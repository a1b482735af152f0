package org.bellwether.analysis.specials;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.DistrictLean;
import org.hipparchus.fraction.BigFraction;

/**
 * One special election's district-wide result beside its baselines and its district's partisan lean.
 *
 * <p>Over-performance is the special's margin minus the district's lean, both Republican minus Democratic in
 * points. Because the lean is measured against the nation, this difference is the national environment the
 * special implies: a district of lean R+14.5 voting R+3.6 behaves like a nation at D+10.9.
 *
 * @param name      the special's name, e.g. {@code GA-06 runoff}
 * @param votes     its votes by bloc (all candidates of a bloc summed, e.g. 11 Republicans in GA-06 round 1)
 * @param baselines baseline label to the baseline's district votes, in the special file's order
 * @param lean      the district's lean, when the lean table has the district
 */
public record SpecialResult(String name, BlocVotes votes, Map<String, BlocVotes> baselines,
        Optional<DistrictLean> lean) {

    private static final BigFraction HUNDRED = new BigFraction(100);

    public SpecialResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(votes, "votes");
        baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
        Objects.requireNonNull(lean, "lean (use Optional.empty())");
    }

    /** The special's all-party margin in points. */
    public BigFraction marginPoints() {
        return votes.margin().multiply(HUNDRED);
    }

    /** Special margin − lean, in points; negative is a Democratic over-performance. */
    public Optional<BigFraction> overPerformance() {
        return lean.map(l -> marginPoints().subtract(l.points()));
    }

    /** Special margin − a baseline's margin, in points. */
    public Optional<BigFraction> swingFrom(String baseline) {
        return Optional.ofNullable(baselines.get(baseline)).map(b -> marginPoints()
                .subtract(b.margin().multiply(HUNDRED)));
    }
}
