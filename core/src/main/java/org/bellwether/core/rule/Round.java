package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One round of counting. The rules here take a single round; instant runoff and STV will take several.
 *
 * @param number      1 for the first round
 * @param standings   every choice, by votes descending; equal votes are listed in ballot order, which is for
 *                    display only and never decides anything
 * @param totalVotes  the votes cast for the contest's choices in this round
 * @param votesNeeded the fewest votes that win outright, when the rule has a threshold
 * @param notes       the arithmetic and decisions of the round, in words
 */
public record Round(int number, List<Standing> standings, long totalVotes, OptionalLong votesNeeded,
        List<String> notes) {

    public Round {
        standings = List.copyOf(Objects.requireNonNull(standings, "round standings"));
        Objects.requireNonNull(votesNeeded, "round votes needed (use OptionalLong.empty())");
        notes = List.copyOf(Objects.requireNonNull(notes, "round notes"));
        if (number < 1) {
            throw new IllegalArgumentException("round number must be at least 1, was " + number);
        }
        if (totalVotes < 0) {
            throw new IllegalArgumentException("round " + number + ": total votes are negative: " + totalVotes);
        }
    }
}
