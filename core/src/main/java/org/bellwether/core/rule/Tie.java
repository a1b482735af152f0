package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Choice;

/**
 * Choices with equal votes straddling the cut line, and how the tie was (or is to be) resolved.
 *
 * @param tied       the tied choices, in the order a lot starts from: by name, then party, so ballot order
 *                   cannot matter
 * @param place      the first place at stake (the number of choices clearly in, plus one)
 * @param votes      the votes each tied choice has
 * @param rule       the tie-break that applied
 * @param drawnOrder the order drawn by a seeded lot, first drawn first; empty when the tie is unresolved
 * @param resolution the resolution in words, e.g. {@code tie, to be resolved by lot, as the law provides}
 */
public record Tie(List<Choice> tied, int place, long votes, TieBreak rule, Optional<List<Choice>> drawnOrder,
        String resolution) {

    public Tie {
        tied = List.copyOf(Objects.requireNonNull(tied, "tied choices"));
        Objects.requireNonNull(rule, "tie rule");
        drawnOrder = Objects.requireNonNull(drawnOrder, "drawn order (use Optional.empty())").map(List::copyOf);
        Objects.requireNonNull(resolution, "tie resolution");
        if (tied.size() < 2) {
            throw new IllegalArgumentException("a tie needs at least 2 choices, had " + tied.size());
        }
        if (place < 1 || votes < 0) {
            throw new IllegalArgumentException("tie: place " + place + " must be at least 1 and votes "
                    + votes + " not negative");
        }
    }
}
