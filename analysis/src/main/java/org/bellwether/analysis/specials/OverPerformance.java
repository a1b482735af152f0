package org.bellwether.analysis.specials;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * The over-performance table: every special with its over-performance, and two averages over the specials whose
 * district has a lean. The simple average weighs each special alike; the turnout-weighted average weighs each by
 * the votes cast in it (Σ votesᵢ·overᵢ / Σ votesᵢ), so a large electorate counts for more. Both are exact.
 *
 * @param rows       the specials, in the order given
 * @param leanSource which lean table was used, and its vintage
 */
public record OverPerformance(List<SpecialResult> rows, String leanSource) {

    public OverPerformance {
        rows = List.copyOf(rows);
        Objects.requireNonNull(leanSource, "lean source");
    }

    public Optional<BigFraction> simpleAverage() {
        List<BigFraction> values = values();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().reduce(BigFraction.ZERO,
                BigFraction::add).divide(values.size()));
    }

    public Optional<BigFraction> weightedAverage() {
        BigFraction weighted = BigFraction.ZERO;
        BigFraction weights = BigFraction.ZERO;
        for (SpecialResult row : rows) {
            if (row.overPerformance().isPresent()) {
                weighted = weighted.add(row.overPerformance().get().multiply(row.votes().total()));
                weights = weights.add(row.votes().total());
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(weighted.divide(weights));
    }

    /** The over-performances, in row order, for the specials that have one. */
    public List<BigFraction> values() {
        return rows.stream().flatMap(r -> r.overPerformance().stream()).toList();
    }
}
