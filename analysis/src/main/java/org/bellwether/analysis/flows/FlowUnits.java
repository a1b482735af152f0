package org.bellwether.analysis.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.crosswalk.Names;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitTree;

/**
 * The units two rounds share: each round's votes summed by county (matched by name without {@code County}) and
 * vote category, kept where both rounds report the pair, in round 1's order.
 */
public final class FlowUnits {

    private FlowUnits() {
    }

    private record Cell(String county, String category, long[] votes) {
        BlocVotes blocVotes() {
            return BlocVotes.of(votes[0], votes[1], votes[2]);
        }
    }

    public static List<FlowUnit> of(Election first, int firstContest, BlocRule firstBlocs, Election second,
            int secondContest, BlocRule secondBlocs) {
        Map<String, Cell> a = sums(first, firstContest, firstBlocs);
        Map<String, Cell> b = sums(second, secondContest, secondBlocs);
        List<FlowUnit> units = new ArrayList<>();
        a.forEach((key, cell) -> {
            if (b.containsKey(key)) {
                units.add(new FlowUnit(cell.county(), cell.category(), cell.blocVotes(), b.get(key).blocVotes()));
            }
        });
        return units;
    }

    /** Votes by (normalised county, vote category); bloc order R, D, other as in {@link BlocVotes#of}. */
    private static Map<String, Cell> sums(Election e, int contest, BlocRule blocs) {
        UnitTree tree = new UnitTree(e.units());
        List<Choice> choices = e.contests().get(contest).choices();
        Map<String, Cell> sums = new LinkedHashMap<>();
        e.tallies().forEach((c, choice, unit, voteType, votes) -> {
            if (c == contest) {
                int county = tree.ancestorAt(unit, UnitLevel.COUNTY);
                String name = e.units().get(county >= 0 ? county : unit).name();
                String category = e.voteTypes().get(voteType).category().label();
                sums.computeIfAbsent(Names.county(name) + "\u0000" + category,
                        k -> new Cell(name, category, new long[3])).votes()[blocs.bloc(choices.get(choice))
                        .ordinal()] += votes;
            }
        });
        return sums;
    }
}
