package org.bellwether.core.ranked;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tie the count could not break by itself.
 *
 * @param round      the round it arose in
 * @param candidates the tied candidates (choice indexes), in name order
 * @param votes      the votes each has
 * @param forWinning true when the tie is for a seat, false when it is for elimination
 * @param authority  who resolves it
 */
public record PendingTie(int round, List<Integer> candidates, BigDecimal votes, boolean forWinning, String authority) {

    public PendingTie {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "tied candidates"));
        Objects.requireNonNull(votes, "tied votes");
        Objects.requireNonNull(authority, "tie authority");
    }
}
