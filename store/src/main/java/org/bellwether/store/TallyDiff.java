package org.bellwether.store;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One tally that differs between two versions of an election.
 *
 * @param unit     the reporting unit's id
 * @param contest  the contest's name
 * @param choice   the choice's name
 * @param voteType the vote type's label
 * @param before   the votes in the earlier version, empty when the tally was not there
 * @param after    the votes in the later version, empty when the tally is gone
 */
public record TallyDiff(String unit, String contest, String choice, String voteType, OptionalLong before,
        OptionalLong after) {

    public TallyDiff {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(voteType, "vote type");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
