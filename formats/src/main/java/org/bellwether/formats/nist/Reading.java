package org.bellwether.formats.nist;

import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * One figure read for a unit and a vote type (votes for a selection, ballots cast, undervotes...), before it is
 * known whether it is a part to store or a total to check.
 *
 * @param unit  the GpUnit's index in the file
 * @param type  the vote type
 * @param count the figure
 * @param at    where it was read
 */
record Reading(int unit, VoteType type, long count, String at) {

    /** A total over every vote type covers the figures of each type; any other type covers only itself. */
    boolean covers(VoteType other) {
        return type.equals(other) || (type.category() == VoteCategory.ALL && other.category() != VoteCategory.ALL);
    }
}
