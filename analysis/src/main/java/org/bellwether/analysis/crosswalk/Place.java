package org.bellwether.analysis.crosswalk;

import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * A reporting unit on one side of a crosswalk, with its votes so that an unmatched place can be reported with
 * what it weighs.
 *
 * @param county the county as its source spells it ({@code Cobb}, {@code Cobb County})
 * @param name   the precinct's name as its source spells it, or the county again for a county
 * @param votes  its votes in the contest being compared
 */
public record Place(String county, String name, BigFraction votes) {

    public Place {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(name, "place name");
        Objects.requireNonNull(votes, "votes");
    }
}
