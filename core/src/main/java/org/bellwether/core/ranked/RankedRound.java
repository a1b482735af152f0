package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One round of a ranked count.
 *
 * @param number    1 for the first round
 * @param tallies   votes of each candidate still in the count (and, in a multi-seat count, of those elected),
 *                  by choice index, in the contest's order
 * @param inactive  votes no longer counting, by cause (every cause present, zero or not)
 * @param threshold the votes a candidate needed in this round
 * @param decisions who was elected or eliminated in this round
 */
public record RankedRound(int number, SortedMap<Integer, BigDecimal> tallies, Map<InactiveCause, BigDecimal> inactive,
        BigDecimal threshold, List<Decision> decisions) {

    public RankedRound {
        tallies = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(tallies,
                "round tallies")));
        inactive = Map.copyOf(Objects.requireNonNull(inactive, "round inactive"));
        Objects.requireNonNull(threshold, "round threshold");
        decisions = List.copyOf(Objects.requireNonNull(decisions, "round decisions"));
    }
}
