package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.analysis.crosswalk.Crosswalk;
import org.bellwether.analysis.crosswalk.Match;
import org.bellwether.analysis.crosswalk.MatchMethod;
import org.bellwether.analysis.crosswalk.Place;
import org.bellwether.analysis.swing.Swing;
import org.bellwether.analysis.swing.SwingRow;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/** The swing tables: district, county and precinct rows, and the precinct crosswalk behind the last. */
final class SwingTables {

    static final List<String> COLUMNS = List.of("special", "baseline", "county", "unit", "special votes",
            "special margin", "baseline votes", "baseline margin", "swing", "special 2-party margin",
            "baseline 2-party margin", "2-party swing", "turnout vs baseline");

    private SwingTables() {
    }

    static List<Table> all(List<Swing> swings) {
        List<List<Cell>> district = new ArrayList<>();
        List<List<Cell>> county = new ArrayList<>();
        List<List<Cell>> precinct = new ArrayList<>();
        for (Swing s : swings) {
            district.add(row(s, s.district()));
            s.counties().forEach(r -> county.add(row(s, r)));
            s.precincts().forEach(r -> precinct.add(row(s, r)));
        }
        List<String> notes = List.of("margin: (R - D) / all votes in points; 2-party margin: (R - D) / (R + D);"
                + " swing = special - baseline, negative is a move toward the Democrats",
                "turnout vs baseline: votes in the special per vote in the baseline contest in the same place");
        return List.of(new Table("swing-district", "Swing, district-wide", COLUMNS, district, notes),
                new Table("swing-county", "Swing by county", COLUMNS, county, notes),
                new Table("swing-precinct", "Swing by precinct (crosswalked)", COLUMNS, precinct, notes),
                crosswalk(swings), unmatched(swings));
    }

    private static List<Cell> row(Swing s, SwingRow r) {
        return List.of(Cell.text(s.special()), Cell.text(s.baseline().label()), Cell.text(r.county()),
                Cell.text(r.unit()), Cell.votes(r.special().total()), Cell.points(r.special().margin()),
                Cell.votes(r.baseline().total()), Cell.points(r.baseline().margin()), Cell.points(r.swing()),
                Cell.points(r.special().twoPartyMargin()), Cell.points(r.baseline().twoPartyMargin()),
                Cell.points(r.twoPartySwing()), Cell.percent(r.turnout()));
    }

    /** Every match that is not an exact one, so a reviewer sees each judgement the crosswalk made. */
    private static Table crosswalk(List<Swing> swings) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Swing s : swings) {
            Crosswalk walk = s.precinctWalk().orElse(null);
            if (walk == null) {
                continue;
            }
            rows.add(List.of(Cell.text(s.special()), Cell.text(s.baseline().label()), Cell.text("(all)"),
                    Cell.text("exact " + walk.count(MatchMethod.EXACT) + ", normalised "
                            + walk.count(MatchMethod.NORMALISED) + ", fuzzy " + walk.count(MatchMethod.FUZZY)
                            + ", declared " + walk.count(MatchMethod.DECLARED)), Cell.empty(), Cell.empty(),
                    Cell.empty()));
            for (Match m : walk.matches()) {
                if (m.method() != MatchMethod.EXACT) {
                    rows.add(List.of(Cell.text(s.special()), Cell.text(s.baseline().label()),
                            Cell.text(m.from().county()), Cell.text(m.from().name()), Cell.text(m.to().name()),
                            Cell.text(m.method().name().toLowerCase(java.util.Locale.ROOT)),
                            Cell.decimal(java.math.BigDecimal.valueOf(m.score()).setScale(3,
                                    java.math.RoundingMode.HALF_EVEN))));
                }
            }
        }
        return new Table("crosswalk", "Precinct crosswalk: every match that is not exact",
                List.of("special", "baseline", "county", "special precinct", "baseline precinct", "method", "score"),
                rows, List.of("stages: declared (reviewed file), exact, normalised (case, punctuation, Mt/Rd/Elem,"
                        + " leading zeros, parenthesised notes), fuzzy (1 - Levenshtein / longer length, greedy from"
                        + " the best score, within the county)"));
    }

    private static Table unmatched(List<Swing> swings) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Swing s : swings) {
            s.precinctWalk().ifPresent(w -> {
                w.unmatchedFrom().forEach(p -> rows.add(unmatchedRow(s, "special", p)));
                w.unmatchedTo().forEach(p -> rows.add(unmatchedRow(s, "baseline", p)));
            });
            s.countyWalk().unmatchedFrom().forEach(p -> rows.add(unmatchedRow(s, "special county", p)));
            s.countyWalk().unmatchedTo().forEach(p -> rows.add(unmatchedRow(s, "baseline county", p)));
        }
        return new Table("crosswalk-unmatched", "Places with no partner, with their votes",
                List.of("special", "baseline", "side", "county", "place", "votes"), rows,
                List.of("unmatched places are left out of the precinct (or county) rows; the district rows keep"
                        + " every vote"));
    }

    private static List<Cell> unmatchedRow(Swing s, String side, Place p) {
        return List.of(Cell.text(s.special()), Cell.text(s.baseline().label()), Cell.text(side),
                Cell.text(p.county()), Cell.text(p.name()), Cell.votes(p.votes()));
    }
}
