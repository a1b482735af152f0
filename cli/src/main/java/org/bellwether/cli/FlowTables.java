package org.bellwether.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.flows.FlowBound;
import org.bellwether.analysis.flows.FlowEstimate;
import org.bellwether.analysis.flows.FlowUnit;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/** Vote-flow tables: the shared units, what bounds identify, and the bounded ecological regression. */
final class FlowTables {

    private FlowTables() {
    }

    static Table units(String special, List<FlowUnit> units) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FlowUnit u : units) {
            rows.add(List.of(Cell.text(special), Cell.text(u.county()), Cell.text(u.category()),
                    Cell.votes(u.first().republican()), Cell.votes(u.first().democratic()),
                    Cell.votes(u.first().other()), Cell.votes(u.second().republican()),
                    Cell.votes(u.second().democratic()), Cell.votes(u.second().other())));
        }
        return new Table("flows-units", "Units both rounds report (county by vote type)", List.of("special",
                "county", "vote type", "round 1 R", "round 1 D", "round 1 other", "runoff R", "runoff D",
                "runoff other"), rows, List.of());
    }

    /** What the totals alone settle: floors on new voters and on each finalist's votes from outside his bloc. */
    static Table identified(String special, List<FlowUnit> units) {
        org.bellwether.analysis.BlocVotes a = units.stream().map(FlowUnit::first)
                .reduce(org.bellwether.analysis.BlocVotes.ZERO, org.bellwether.analysis.BlocVotes::plus);
        org.bellwether.analysis.BlocVotes b = units.stream().map(FlowUnit::second)
                .reduce(org.bellwether.analysis.BlocVotes.ZERO, org.bellwether.analysis.BlocVotes::plus);
        List<List<Cell>> rows = List.of(
                List.of(Cell.text(special), Cell.text("votes cast"), Cell.votes(a.total()), Cell.votes(b.total()),
                        Cell.votes(b.total().subtract(a.total())), Cell.text("at least this many runoff voters"
                                + " had not voted in round 1")),
                List.of(Cell.text(special), Cell.text("R"), Cell.votes(a.republican()), Cell.votes(b.republican()),
                        Cell.votes(b.republican().subtract(a.republican())), Cell.text("at least this many of the"
                                + " R runoff votes came from outside round 1's R bloc")),
                List.of(Cell.text(special), Cell.text("D"), Cell.votes(a.democratic()), Cell.votes(b.democratic()),
                        Cell.votes(b.democratic().subtract(a.democratic())), Cell.text("at least this many of the"
                                + " D runoff votes came from outside round 1's D bloc")));
        return new Table("flows-identified", "What the totals alone settle", List.of("special", "group",
                "round 1", "runoff", "difference", "meaning"), rows, List.of("a floor when the difference is"
                        + " positive: even if every round-1 voter of the group came back, the rest are new"));
    }

    static Table bounds(String special, List<FlowBound> bounds) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FlowBound b : bounds) {
            rows.add(List.of(Cell.text(special), Cell.text(b.from()), Cell.text(b.to()), number(b.fromTotal(), 0),
                    number(b.low(), 0), number(b.high(), 0), number(100 * b.lowShare(), 1),
                    number(100 * b.highShare(), 1)));
        }
        return new Table("flows-bounds", "What the counts alone allow (method of bounds, by county)",
                List.of("special", "round 1", "runoff", "round 1 total", "fewest", "most", "fewest %", "most %"),
                rows, List.of("fewest/most: over all tables with each county's totals in both rounds; 'did not"
                        + " vote' is registered voters (runoff rolls) minus votes cast",
                        "a range of 0 to 100% means the counts say nothing about that flow"));
    }

    static Table regression(String special, List<FlowEstimate> estimates) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FlowEstimate e : estimates) {
            rows.add(List.of(Cell.text(special), Cell.text(e.from()), Cell.text(e.to()), number(e.ols(), 3),
                    number(e.olsError(), 3), number(e.bounded(), 3), number(e.low80(), 3), number(e.high80(), 3),
                    number(e.low95(), 3), number(e.high95(), 3)));
        }
        return new Table("flows-regression", "Ecological regression: runoff votes per round-1 vote of each bloc",
                List.of("special", "round 1 bloc", "runoff bloc", "OLS", "OLS s.e.", "bounded", "80% low",
                        "80% high", "95% low", "95% high"), rows,
                List.of("Goodman's regression without intercept over the units above; bounded: every rate in"
                        + " [0, 3]; intervals: percentiles of the bounded fit over a seeded bootstrap of units",
                        "a rate is runoff votes per round-1 vote in the same unit, not a share of people; it"
                                + " assumes one rate everywhere, and vote-type units do not hold the same voters"
                                + " in both rounds"));
    }

    private static Cell number(double value, int decimals) {
        return Cell.decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
