package org.bellwether.render;

import java.util.Objects;
import java.util.Optional;

/**
 * One choice in a contest's results.
 *
 * @param index   its index in the contest (ballot order)
 * @param name    its name
 * @param party   its party label, when known
 * @param votes   its votes
 * @param percent its share of the contest's votes, for display (two decimals, half even)
 * @param rank    1 + the number of choices with more votes
 * @param winner  AP's winner flag: {@code X} a declared winner, {@code R} advancing to a runoff, empty otherwise
 */
public record ChoiceLine(int index, String name, Optional<String> party, long votes, String percent, int rank,
        String winner) {

    public ChoiceLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(winner, "winner flag");
    }
}
