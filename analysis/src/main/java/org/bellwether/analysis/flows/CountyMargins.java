package org.bellwether.analysis.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.crosswalk.Names;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.UnitTree;

/**
 * County margins for the bounds: both rounds' votes summed over vote categories, beside the county's registered
 * voters. Registration is known for one date only (the runoff's precinct file), so both rounds are measured
 * against it; voters who registered between the rounds make round 1's "did not vote" slightly too large.
 */
public final class CountyMargins {

    private CountyMargins() {
    }

    /** Registered voters per county (normalised name), summed over an election's unit statistics. */
    public static Map<String, Long> registered(Election election) {
        UnitTree tree = new UnitTree(election.units());
        Map<String, Long> byCounty = new LinkedHashMap<>();
        for (UnitStatistic s : election.statistics()) {
            if (s.kind() == StatisticKind.REGISTERED_VOTERS) {
                int county = tree.ancestorAt(s.unit(), UnitLevel.COUNTY);
                byCounty.merge(Names.county(election.units().get(county >= 0 ? county : s.unit()).name()),
                        s.count(), Long::sum);
            }
        }
        return byCounty;
    }

    /** One margins row per county that has both votes and registration, in the units' order. */
    public static List<FlowBounds.Margins> of(List<FlowUnit> units, Map<String, Long> registered) {
        Map<String, FlowUnit> byCounty = new LinkedHashMap<>();
        for (FlowUnit u : units) {
            byCounty.merge(Names.county(u.county()), u, (a, b) -> new FlowUnit(a.county(), "all",
                    a.first().plus(b.first()), a.second().plus(b.second())));
        }
        List<FlowBounds.Margins> margins = new ArrayList<>();
        byCounty.forEach((key, u) -> {
            Long n = registered.get(key);
            if (n != null) {
                margins.add(FlowBounds.margins(u.county(), u, n));
            }
        });
        return margins;
    }
}
