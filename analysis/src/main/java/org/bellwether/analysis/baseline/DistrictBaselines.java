package org.bellwether.analysis.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.ContestVotes;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitTree;
import org.hipparchus.fraction.BigFraction;

/**
 * Computes a baseline: the units of an earlier election inside a district and their votes in one contest.
 *
 * <p>Method. For a House-district boundary, each unit's House votes are summed per district over every contest
 * of the same office ({@code U.S. Representative, District N}); a unit counts inside with the share the
 * allocation rule gives it. The district result is Σ (unit votes × share), kept as exact fractions. A unit with
 * votes in the contest but no House vote anywhere cannot be placed; it is left out and listed. For an at-large
 * boundary every unit counts whole.
 */
public final class DistrictBaselines {

    private DistrictBaselines() {
    }

    public static Baseline compute(String label, Election election, int contest, Boundary boundary, BlocRule rule) {
        ContestVotes votes = ContestVotes.of(election, contest, rule);
        Map<Integer, HouseVotes> house = switch (boundary) {
            case Boundary.WholeElection whole -> Map.of();
            case Boundary.HouseDistrict district -> houseVotes(election, district);
        };
        List<UnitShare> all = shares(election, votes, house, boundary);
        List<UnitShare> inside = all.stream().filter(u -> u.share().signum() > 0).toList();
        List<UnitShare> splits = all.stream().filter(u -> u.house().split() && votedIn(u, boundary)).toList();
        List<UnitShare> unassigned = boundary instanceof Boundary.HouseDistrict
                ? all.stream().filter(u -> u.house().total() == 0 && !u.votes().isEmpty()).toList() : List.of();
        return new Baseline(label, election.contests().get(contest).name(), boundary, inside, splits, unassigned,
                ruleTotals(all, boundary));
    }

    private static boolean votedIn(UnitShare u, Boundary boundary) {
        return boundary instanceof Boundary.HouseDistrict d && u.house().votes(d.district()) > 0;
    }

    private static List<UnitShare> shares(Election election, ContestVotes votes, Map<Integer, HouseVotes> house,
            Boundary boundary) {
        UnitTree tree = new UnitTree(election.units());
        List<UnitShare> shares = new ArrayList<>();
        votes.byUnit().forEach((unit, v) -> {
            HouseVotes h = house.getOrDefault(unit, new HouseVotes(Map.of()));
            BigFraction share = switch (boundary) {
                case Boundary.WholeElection whole -> BigFraction.ONE;
                case Boundary.HouseDistrict d -> d.allocation().share(h, d.district());
            };
            ReportingUnit u = election.units().get(unit);
            shares.add(new UnitShare(unit, county(election, tree, unit), u.name(), u.level(), h, v, share));
        });
        return shares;
    }

    static String county(Election election, UnitTree tree, int unit) {
        int county = tree.ancestorAt(unit, UnitLevel.COUNTY);
        ReportingUnit u = election.units().get(county >= 0 ? county : unit);
        return county >= 0 ? u.name() : "";
    }

    /** Each unit's House votes per district, over every contest of the boundary's office. */
    static Map<Integer, HouseVotes> houseVotes(Election election, Boundary.HouseDistrict boundary) {
        String[] districtOf = new String[election.contests().size()];
        for (int c = 0; c < districtOf.length; c++) {
            districtOf[c] = boundary.districtOf(election.contests().get(c).name()).orElse(null);
        }
        Map<Integer, Map<String, Long>> sums = new HashMap<>();
        election.tallies().forEach((c, choice, unit, voteType, v) -> {
            if (districtOf[c] != null) {
                sums.computeIfAbsent(unit, u -> new HashMap<>()).merge(districtOf[c], v, Long::sum);
            }
        });
        Map<Integer, HouseVotes> house = new HashMap<>();
        sums.forEach((unit, byDistrict) -> house.put(unit, new HouseVotes(byDistrict)));
        return house;
    }

    private static List<RuleTotal> ruleTotals(List<UnitShare> all, Boundary boundary) {
        if (!(boundary instanceof Boundary.HouseDistrict district)) {
            return List.of();
        }
        List<RuleTotal> totals = new ArrayList<>();
        for (Allocation rule : Allocation.all()) {
            totals.add(ruleTotal(all, district, rule));
        }
        return totals;
    }

    private static RuleTotal ruleTotal(List<UnitShare> all, Boundary.HouseDistrict district, Allocation rule) {
        BlocVotes sum = BlocVotes.ZERO;
        BigFraction inside = BigFraction.ZERO;
        BigFraction outside = BigFraction.ZERO;
        for (UnitShare u : all) {
            UnitShare under = new UnitShare(u.unit(), u.county(), u.name(), u.level(), u.house(), u.votes(),
                    rule.share(u.house(), district.district()));
            sum = sum.plus(under.inside());
            if (u.house().split() && u.house().votes(district.district()) > 0) {
                inside = inside.add(under.inside().total());
                outside = outside.add(under.outside());
            }
        }
        return new RuleTotal(rule, sum, inside, outside);
    }
}
