package org.bellwether.analysis.swing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.crosswalk.Crosswalk;

/**
 * A special election's swing from one baseline, district-wide, per county and per precinct.
 *
 * @param special     the special election's label
 * @param baseline    the baseline it is measured from
 * @param district    the district row
 * @param counties    one row per county both have
 * @param precincts   one row per matched precinct, when the special has precinct results
 * @param countyWalk  how the special's counties were matched to the baseline's
 * @param precinctWalk how the precincts were matched, when there are precincts
 */
public record Swing(String special, Baseline baseline, SwingRow district, List<SwingRow> counties,
        List<SwingRow> precincts, Crosswalk countyWalk, Optional<Crosswalk> precinctWalk) {

    public Swing {
        Objects.requireNonNull(special, "special");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(district, "district row");
        counties = List.copyOf(counties);
        precincts = List.copyOf(precincts);
        Objects.requireNonNull(countyWalk, "county crosswalk");
        Objects.requireNonNull(precinctWalk, "precinct crosswalk (use Optional.empty())");
    }
}
