package org.bellwether.analysis.swing;

import java.util.Objects;
import org.bellwether.analysis.BlocVotes;
import org.hipparchus.fraction.BigFraction;

/**
 * The special election against a baseline in one place. Margins are Republican minus Democratic; the swing is
 * the special's margin minus the baseline's, so a negative swing is a move toward the Democrats.
 *
 * @param county   the county, empty for the district row
 * @param unit     the place's name (the special's spelling), the county again, or the district
 * @param special  the special's votes there, by bloc
 * @param baseline the baseline's votes there, by bloc (shares of split precincts included)
 */
public record SwingRow(String county, String unit, BlocVotes special, BlocVotes baseline) {

    public SwingRow {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(special, "special votes");
        Objects.requireNonNull(baseline, "baseline votes");
    }

    /** Special margin − baseline margin, all-party, as a fraction of 1. */
    public BigFraction swing() {
        return special.margin().subtract(baseline.margin());
    }

    /** Special two-party margin − baseline two-party margin. */
    public BigFraction twoPartySwing() {
        return special.twoPartyMargin().subtract(baseline.twoPartyMargin());
    }

    /** Votes cast in the special per vote of the baseline contest: 0.75 means turnout was three quarters. */
    public BigFraction turnout() {
        BigFraction base = baseline.total();
        return base.signum() == 0 ? BigFraction.ZERO : special.total().divide(base);
    }
}
