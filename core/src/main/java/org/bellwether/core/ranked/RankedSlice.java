package org.bellwether.core.ranked;

import java.util.List;
import java.util.Objects;

/**
 * One precinct's share of a ranked count, as RCTab writes it when it tabulates by precinct: in every round, the
 * votes that the precinct's ballots gave each candidate and where they went, under the count's own decisions and
 * threshold (a precinct decides nothing by itself).
 *
 * @param name    the precinct, as the cast-vote records name it
 * @param ballots the precinct's ballots
 * @param rounds  every round of the count, with the precinct's tallies, inactive ballots and transfers
 */
public record RankedSlice(String name, long ballots, List<RankedRound> rounds) {

    public RankedSlice {
        Objects.requireNonNull(name, "slice name");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "slice rounds"));
    }
}
