package org.bellwether.core.rule;

import java.util.Objects;
import org.bellwether.core.Choice;

/**
 * One choice's line in a round.
 *
 * @param choice      the choice
 * @param choiceIndex its index in the contest's choices (ballot order)
 * @param votes       its votes in this round
 * @param rank        1 + the number of choices with strictly more votes, so equal votes share a rank
 * @param status      what the count decided for it
 */
public record Standing(Choice choice, int choiceIndex, long votes, int rank, StandingStatus status) {

    public Standing {
        Objects.requireNonNull(choice, "standing choice");
        Objects.requireNonNull(status, "standing status");
        if (choiceIndex < 0 || votes < 0 || rank < 1) {
            throw new IllegalArgumentException("standing of " + choice.name() + ": index " + choiceIndex
                    + ", votes " + votes + " and rank " + rank + " must not be negative (rank at least 1)");
        }
    }
}
