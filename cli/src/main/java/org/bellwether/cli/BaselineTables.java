package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.Boundary;
import org.bellwether.analysis.baseline.Published;
import org.bellwether.analysis.baseline.RuleTotal;
import org.bellwether.analysis.baseline.UnitShare;
import org.bellwether.formats.baseline.CookIndex;
import org.bellwether.formats.specials.BaselineSpec;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;
import org.hipparchus.fraction.BigFraction;

/** The baseline tables: each district result with its published check, the rules compared, the split units. */
final class BaselineTables {

    private BaselineTables() {
    }

    static Table districts(List<LoadedSpecial> specials, List<CookIndex> cook) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LoadedSpecial s : specials) {
            for (LoadedSpecial.LoadedBaseline b : s.baselines()) {
                rows.add(districtRow(s, b, published(s, b.spec(), cook)));
            }
        }
        return new Table("baseline-district", "Baselines inside each district", List.of("special", "baseline",
                "contest", "boundary", "units", "R", "D", "other", "total", "R %", "D %", "margin", "two-party R %",
                "published R %", "published D %", "published margin", "margin - published"), rows,
                List.of("margin: (R - D) / all votes, in points; positive favours Republicans",
                        "published: cookIndices.js (Trump/Clinton 2016, Romney/Obama 2012), given to one decimal;"
                                + " the difference is ours minus theirs"));
    }

    private static List<Cell> districtRow(LoadedSpecial s, LoadedSpecial.LoadedBaseline lb, Optional<Published> p) {
        Baseline b = lb.baseline();
        BlocVotes v = b.district();
        List<Cell> row = new ArrayList<>(List.of(Cell.text(s.name()), Cell.text(b.label()), Cell.text(b.contest()),
                Cell.text(boundary(b.boundary())), Cell.count(b.units().size()), Cell.votes(v.republican()),
                Cell.votes(v.democratic()), Cell.votes(v.other()), Cell.votes(v.total()),
                Cell.percent(v.share(Bloc.REPUBLICAN)), Cell.percent(v.share(Bloc.DEMOCRATIC)),
                Cell.points(v.margin()), Cell.percent(v.twoPartyRepublican())));
        if (p.isEmpty()) {
            row.addAll(List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
            return row;
        }
        BigFraction publishedMargin = DistrictLean.exact(p.get().margin());
        row.addAll(List.of(Cell.decimal(p.get().republican()), Cell.decimal(p.get().democratic()),
                Cell.pointsValue(publishedMargin), Cell.points(v.margin().subtract(publishedMargin.divide(100)))));
        return row;
    }

    static Optional<Published> published(LoadedSpecial s, BaselineSpec b, List<CookIndex> cook) {
        Optional<CookIndex> entry = cook.stream().filter(c -> c.district().equalsIgnoreCase(
                s.spec().publishedDistrict())).findFirst();
        return b.published().flatMap(year -> entry.flatMap(c -> year.equals("2016")
                ? published(c.district() + " Trump/Clinton", c.trump(), c.clinton())
                : published(c.district() + " Romney/Obama", c.romney(), c.obama())));
    }

    private static Optional<Published> published(String what, Optional<java.math.BigDecimal> r,
            Optional<java.math.BigDecimal> d) {
        return r.isPresent() && d.isPresent() ? Optional.of(new Published("cookIndices.js " + what, r.get(), d.get()))
                : Optional.empty();
    }

    static String boundary(Boundary boundary) {
        return switch (boundary) {
            case Boundary.WholeElection whole -> "whole election";
            case Boundary.HouseDistrict d -> d.contest() + " (" + d.allocation().id() + ")";
        };
    }

    static Table rules(List<LoadedSpecial> specials) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LoadedSpecial s : specials) {
            for (LoadedSpecial.LoadedBaseline b : s.baselines()) {
                for (RuleTotal r : b.baseline().rules()) {
                    rows.add(List.of(Cell.text(s.name()), Cell.text(b.baseline().label()),
                            Cell.text(r.allocation().id()), Cell.votes(r.district().total()),
                            Cell.points(r.district().margin()), Cell.votes(r.splitInside()),
                            Cell.votes(r.splitOutside())));
                }
            }
        }
        return new Table("baseline-rules", "Allocation rules compared (split precincts only differ)",
                List.of("special", "baseline", "rule", "district votes", "margin", "split votes inside",
                        "split votes outside"), rows,
                org.bellwether.analysis.baseline.Allocation.describeAll());
    }

    static Table splits(List<LoadedSpecial> specials) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LoadedSpecial s : specials) {
            for (LoadedSpecial.LoadedBaseline b : s.baselines()) {
                for (UnitShare u : b.baseline().splits()) {
                    rows.add(List.of(Cell.text(s.name()), Cell.text(b.baseline().label()), Cell.text(u.county()),
                            Cell.text(u.name()), Cell.text(u.house().describe()), Cell.votes(u.votes().total()),
                            Cell.ratio(u.share(), 4), Cell.votes(u.inside().total()), Cell.votes(u.outside())));
                }
                for (UnitShare u : b.baseline().unassigned()) {
                    rows.add(List.of(Cell.text(s.name()), Cell.text(b.baseline().label()), Cell.text(u.county()),
                            Cell.text(u.name()), Cell.text("no House vote: left out"),
                            Cell.votes(u.votes().total()), Cell.ratio(u.share(), 4), Cell.votes(BigFraction.ZERO),
                            Cell.votes(u.votes().total())));
                }
            }
        }
        return new Table("baseline-splits", "Precincts split between districts, under the rule in force",
                List.of("special", "baseline", "county", "precinct", "House votes by district", "votes", "share",
                        "inside", "outside"), rows, List.of());
    }
}
