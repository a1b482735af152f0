package org.bellwether.analysis.baseline;

import java.util.List;
import java.util.Objects;
import org.bellwether.analysis.BlocVotes;

/**
 * An earlier contest's result inside a district, computed from precinct (or county) returns.
 *
 * @param label       what the baseline is, e.g. {@code President 2016}
 * @param contest     the baseline contest's name in its source
 * @param boundary    how the district was found, with the allocation rule in force
 * @param units       every unit counted inside, wholly or in part, in the election's unit order
 * @param splits      the units that voted in this district and another (under the rule in force)
 * @param unassigned  units with votes in the contest but no House vote at all, left outside and reported
 * @param rules       the district's result under every allocation rule, for comparison
 */
public record Baseline(String label, String contest, Boundary boundary, List<UnitShare> units,
        List<UnitShare> splits, List<UnitShare> unassigned, List<RuleTotal> rules) {

    public Baseline {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(boundary, "boundary");
        units = List.copyOf(units);
        splits = List.copyOf(splits);
        unassigned = List.copyOf(unassigned);
        rules = List.copyOf(rules);
    }

    /** The district's votes under the rule in force. */
    public BlocVotes district() {
        return units.stream().map(UnitShare::inside).reduce(BlocVotes.ZERO, BlocVotes::plus);
    }

    /** The district's votes within one county, under the rule in force. */
    public BlocVotes county(String county) {
        return units.stream().filter(u -> u.county().equals(county)).map(UnitShare::inside)
                .reduce(BlocVotes.ZERO, BlocVotes::plus);
    }

    /** The counties with units inside, in first-seen order. */
    public List<String> counties() {
        return units.stream().map(UnitShare::county).distinct().toList();
    }
}
