package org.bellwether.analysis.baseline;

import java.util.Objects;
import org.bellwether.analysis.BlocVotes;
import org.hipparchus.fraction.BigFraction;

/**
 * What one allocation rule makes of the district: its result, and how many votes of split precincts the rule
 * counts inside and leaves outside. The differences between rules are the votes the choice of rule moves.
 *
 * @param allocation   the rule
 * @param district     the district's votes under it
 * @param splitInside  votes of split precincts counted inside the district
 * @param splitOutside votes of split precincts (that voted in this district) left outside it
 */
public record RuleTotal(Allocation allocation, BlocVotes district, BigFraction splitInside,
        BigFraction splitOutside) {

    public RuleTotal {
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(district, "district votes");
        Objects.requireNonNull(splitInside, "split votes inside");
        Objects.requireNonNull(splitOutside, "split votes outside");
    }
}
