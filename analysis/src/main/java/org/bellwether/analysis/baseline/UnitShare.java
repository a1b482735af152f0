package org.bellwether.analysis.baseline;

import java.util.Objects;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.core.UnitLevel;
import org.hipparchus.fraction.BigFraction;

/**
 * One unit of a baseline election and the share of its votes that counts inside the district.
 *
 * @param unit   the unit's index in the baseline election
 * @param county the county it lies in (the unit itself in a county-level file)
 * @param name   the unit's name as the source spells it
 * @param level  its level: a precinct, or a county in a county-level file
 * @param house  its House votes per district (empty for an at-large boundary)
 * @param votes  its votes in the baseline contest, by bloc
 * @param share  the share counted inside the district
 */
public record UnitShare(int unit, String county, String name, UnitLevel level, HouseVotes house,
        BlocVotes votes, BigFraction share) {

    public UnitShare {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(name, "unit name");
        Objects.requireNonNull(level, "unit level");
        Objects.requireNonNull(house, "House votes");
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(share, "share");
    }

    /** The votes counted inside the district: votes × share, exactly. */
    public BlocVotes inside() {
        return votes.times(share);
    }

    /** The votes left outside: votes × (1 − share); negative shares never occur, shares above 1 count 0 here. */
    public BigFraction outside() {
        BigFraction rest = BigFraction.ONE.subtract(share);
        return rest.signum() <= 0 ? BigFraction.ZERO : votes.total().multiply(rest);
    }
}
