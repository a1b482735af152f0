package org.bellwether.analysis.specials;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * The over-performance table: every special with its over-performance, and two averages over the specials whose
 * district has a lean. The simple average weighs each special alike; the turnout-weighted average weighs each by
 * the votes cast in it (Σ votesᵢ·overᵢ / Σ votesᵢ), so a large electorate counts for more. Both are exact.
 * Each contest counts once: a first round whose runoff is also a row is shown but left out of the averages.
 *
 * @param rows          the specials, in the order given
 * @param leanSource    which lean table was used, and its vintage
 * @param earlierRounds the rows (by name) that are a first round of another row, left out of the averages
 */
public record OverPerformance(List<SpecialResult> rows, String leanSource, Set<String> earlierRounds) {

    public OverPerformance {
        rows = List.copyOf(rows);
        Objects.requireNonNull(leanSource, "lean source");
        earlierRounds = Set.copyOf(earlierRounds);
    }

    /** Every row counted. */
    public OverPerformance(List<SpecialResult> rows, String leanSource) {
        this(rows, leanSource, Set.of());
    }

    /** The rows the averages count. */
    public List<SpecialResult> counted() {
        return rows.stream().filter(r -> !earlierRounds.contains(r.name())).toList();
    }

    public Optional<BigFraction> simpleAverage() {
        List<BigFraction> values = values();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().reduce(BigFraction.ZERO,
                BigFraction::add).divide(values.size()));
    }

    public Optional<BigFraction> weightedAverage() {
        BigFraction weighted = BigFraction.ZERO;
        BigFraction weights = BigFraction.ZERO;
        for (SpecialResult row : counted()) {
            if (row.overPerformance().isPresent()) {
                weighted = weighted.add(row.overPerformance().get().multiply(row.votes().total()));
                weights = weights.add(row.votes().total());
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(weighted.divide(weights));
    }

    /** The over-performances, in row order, for the counted specials that have one. */
    public List<BigFraction> values() {
        return counted().stream().flatMap(r -> r.overPerformance().stream()).toList();
    }
}
