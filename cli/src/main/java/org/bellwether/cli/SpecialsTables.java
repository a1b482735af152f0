package org.bellwether.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocVotes;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.analysis.specials.SpecialResult;
import org.bellwether.core.Choice;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;
import org.hipparchus.fraction.BigFraction;

/** The over-performance table across specials, and the bloc composition of each special. */
final class SpecialsTables {

    private SpecialsTables() {
    }

    static SpecialResult result(LoadedSpecial s, LeanTable leans) {
        Map<String, BlocVotes> baselines = new LinkedHashMap<>();
        s.baselines().forEach(b -> baselines.put(b.baseline().label(), b.baseline().district()));
        return new SpecialResult(s.name(), s.votes().total(), baselines, leans.of(s.spec().district()));
    }

    static Table overPerformance(OverPerformance op, List<LoadedSpecial> specials) {
        List<String> labels = specials.stream().flatMap(s -> s.baselines().stream())
                .map(b -> b.baseline().label()).distinct().toList();
        List<String> columns = new ArrayList<>(List.of("special", "date", "district", "votes", "R %", "D %",
                "margin"));
        labels.forEach(l -> columns.add(l + " margin"));
        labels.forEach(l -> columns.add("swing from " + l));
        columns.addAll(List.of("lean", "over-performance"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < op.rows().size(); i++) {
            rows.add(row(op.rows().get(i), specials.get(i), labels));
        }
        rows.add(average("average (simple)", op.simpleAverage(), columns.size()));
        rows.add(average("average (turnout-weighted)", op.weightedAverage(), columns.size()));
        String once = op.earlierRounds().isEmpty() ? "averages: every row counted (--count-rounds)"
                : "averages: each contest once, so " + String.join(", ", op.earlierRounds().stream().sorted().toList())
                        + " (a first round whose runoff is a row) is shown but not averaged; --count-rounds counts it";
        return new Table("specials", "Special elections against their baselines and partisan lean", columns, rows,
                List.of("margin: (R - D) / all votes in points, every candidate of a bloc summed; negative"
                                + " favours Democrats",
                        "over-performance = special margin - lean: the national environment the special implies",
                        "turnout-weighted: each special weighed by the votes cast in it", once,
                        op.leanSource()));
    }

    private static List<Cell> row(SpecialResult r, LoadedSpecial s, List<String> labels) {
        BlocVotes v = r.votes();
        List<Cell> row = new ArrayList<>(List.of(Cell.text(r.name()), Cell.text(s.spec().date()),
                Cell.text(s.spec().district()), Cell.votes(v.total()), Cell.percent(v.share(Bloc.REPUBLICAN)),
                Cell.percent(v.share(Bloc.DEMOCRATIC)), Cell.points(v.margin())));
        labels.forEach(l -> row.add(Optional.ofNullable(r.baselines().get(l)).map(b -> Cell.points(b.margin()))
                .orElse(Cell.empty())));
        labels.forEach(l -> row.add(r.swingFrom(l).map(Cell::pointsValue).orElse(Cell.empty())));
        row.add(r.lean().map(l -> Cell.pointsValue(l.points())).orElse(Cell.empty()));
        row.add(r.overPerformance().map(Cell::pointsValue).orElse(Cell.empty()));
        return row;
    }

    private static List<Cell> average(String label, Optional<BigFraction> value, int columns) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(label));
        while (row.size() < columns - 1) {
            row.add(Cell.empty());
        }
        row.add(value.map(Cell::pointsValue).orElse(Cell.empty()));
        return row;
    }

    static Table blocs(List<LoadedSpecial> specials) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LoadedSpecial s : specials) {
            List<Choice> choices = s.election().contests().get(s.contest()).choices();
            long[] votes = s.election().choiceTotals(s.contest());
            for (int i = 0; i < choices.size(); i++) {
                rows.add(List.of(Cell.text(s.name()), Cell.text(choices.get(i).name()),
                        Cell.text(choices.get(i).party().orElse("")), Cell.text(s.blocs().bloc(choices.get(i))
                                .label()), Cell.count(votes[i])));
            }
        }
        return new Table("special-blocs", "Each special's candidates and the bloc they count for",
                List.of("special", "choice", "party", "bloc", "votes"), rows,
                List.of("bloc: a name declared in the special's file, else the party label (R/REP/Republican,"
                        + " D/DEM/Democrat/Democratic), else other"));
    }
}
