package org.bellwether.analysis.flows;

import java.util.Objects;
import org.bellwether.analysis.BlocVotes;

/**
 * A unit both rounds report: a county and a vote category (election day, advance in person, by mail, provisional).
 *
 * @param county   the county, as round 1 names it
 * @param category the vote category's label
 * @param first    round 1's votes there, by bloc
 * @param second   the runoff's votes there, by bloc
 */
public record FlowUnit(String county, String category, BlocVotes first, BlocVotes second) {

    public FlowUnit {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(first, "round 1 votes");
        Objects.requireNonNull(second, "runoff votes");
    }
}
