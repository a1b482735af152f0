package org.bellwether.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.Source;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Status;
import org.bellwether.core.rule.Round;
import org.bellwether.core.rule.RunoffLink;
import org.bellwether.core.rule.Standing;

/** Writes a report for a person reading a terminal: one table per contest, then breakdowns, inputs and notes. */
final class TextReportWriter {

    private final Writer out;

    TextReportWriter(Writer out) {
        this.out = out;
    }

    void write(Report report) throws IOException {
        line(report.title());
        line("=".repeat(report.title().length()));
        for (ElectionReport election : report.elections()) {
            line("");
            election(election);
        }
        for (RunoffLink link : report.runoffs()) {
            line("");
            runoff(link);
        }
        line("");
        line("Made by Bellwether " + report.softwareVersion() + ".");
        out.flush();
    }

    private void election(ElectionReport report) throws IOException {
        Election e = report.election();
        String name = e.name().isBlank() ? "(the files name no election)" : e.name();
        line(report.heading() + ": " + name + e.date().map(d -> " (" + d + ")").orElse(""));
        line("  " + e.state().map(s -> "State: " + s).orElse("State: not named by the files")
                + "; " + e.type().name().toLowerCase(Locale.ROOT) + " election; results "
                + (e.certification() == org.bellwether.core.Certification.CERTIFIED ? "certified" : "unofficial"));
        Places places = Places.forBreakdowns(e, report.contests());
        for (ContestReport contest : report.contests()) {
            line("");
            contest(contest, places);
        }
        line("");
        line("  Inputs (SHA-256, reader):");
        for (Source s : e.sources()) {
            line("    " + s.sha256() + "  " + s.path() + "  (" + s.reader() + ")");
        }
        if (!e.notes().isEmpty()) {
            line("  Notes:");
            for (String note : e.notes()) {
                line("    - " + note);
            }
        }
    }

    private void contest(ContestReport report, Places places) throws IOException {
        Outcome o = report.outcome();
        line("  " + o.contest().name() + "  (vote for " + o.contest().voteFor() + ")");
        line("  Rule: " + o.rule().describe());
        line("  Rule from: " + o.ruleSource().describe());
        line("  Reporting: " + o.reporting().describe());
        line("  Ties: " + o.tieBreak().describe());
        for (Round round : o.rounds()) {
            line("");
            out.write(standings(round).render("  "));
        }
        line("");
        line("  Outcome: " + o.status().label() + ". " + o.explanation());
        margin(o);
        recount(o);
        for (Breakdown breakdown : report.breakdowns()) {
            line("");
            line("  By " + breakdown.dimension());
            out.write(BreakdownTable.of(breakdown, o, places).render("  "));
        }
    }

    private static TextTable standings(Round round) {
        TextTable table = new TextTable(List.of(true, false, false, true, true, false));
        table.row(List.of("Rank", "Choice", "Party", "Votes", "Percent", "Result"));
        for (Standing s : round.standings()) {
            table.row(List.of(String.valueOf(s.rank()), s.choice().name(), s.choice().party().orElse(""),
                    Numbers.count(s.votes()), Numbers.percent(s.votes(), round.totalVotes()),
                    s.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        table.row(List.of("", "Total votes", "", Numbers.count(round.totalVotes()),
                Numbers.percent(round.totalVotes(), round.totalVotes()), ""));
        round.votesNeeded().ifPresent(n -> table.row(List.of("", "Votes needed to win", "", Numbers.count(n), "", "")));
        return table;
    }

    private void margin(Outcome o) throws IOException {
        List<Standing> standings = o.rounds().get(o.rounds().size() - 1).standings();
        if (!(o.status() instanceof Status.Decided) || o.elected().size() != 1 || standings.size() < 2) {
            return;
        }
        long total = o.rounds().get(o.rounds().size() - 1).totalVotes();
        long margin = standings.get(0).votes() - standings.get(1).votes();
        Choice winner = standings.get(0).choice();
        line("  Margin: " + winner.name() + " by " + Numbers.count(margin) + " votes ("
                + Numbers.percent(margin, total).replace("%", " percentage points") + ")");
    }

    private void runoff(RunoffLink link) throws IOException {
        line("Runoff and first round: " + link.runoff().contest().name());
        if (link.differences().isEmpty()) {
            line("  The runoff's choices are exactly the " + link.finalists().size() + " who advanced.");
        } else {
            line("  The runoff does not match the first round:");
            for (String d : link.differences()) {
                line("    - " + d);
            }
        }
        TextTable table = new TextTable(List.of(false, true, true, true, true));
        table.row(List.of("Choice", "First round", "Rank", "Runoff", "Gain"));
        for (RunoffLink.Finalist f : link.finalists()) {
            table.row(List.of(f.name(), Numbers.count(f.firstVotes()), f.firstRank() == 0 ? "" : "" + f.firstRank(),
                    Numbers.count(f.runoffVotes()), (f.gain() >= 0 ? "+" : "") + Numbers.count(f.gain())));
        }
        out.write(table.render("  "));
        long before = link.firstRound().finalRound().totalVotes();
        long after = link.runoff().finalRound().totalVotes();
        line("  Votes cast: " + Numbers.count(before) + " in the first round, " + Numbers.count(after)
                + " in the runoff (" + (after >= before ? "+" : "") + Numbers.count(after - before) + ", "
                + (after >= before ? "+" : "-") + Numbers.percent(Math.abs(after - before), before) + ").");
    }

    private void recount(Outcome o) throws IOException {
        if (o.status() instanceof Status.RecountPossible r) {
            line("  Recount: the margin at the cut is " + Numbers.count(r.margin()) + " votes; " + r.law().describe()
                    + ".");
        } else if (o.recount().isPresent() && o.decides()) {
            line("  Recount: outside the recount margin; " + o.recount().get().describe() + ".");
        }
    }

    /** Every line goes through here, so no name can end one early or move the cursor ({@link PlainText}). */
    private void line(String text) throws IOException {
        out.write(PlainText.escape(text));
        out.write('\n');
    }

    /** Kept apart so the standings code stays short; builds a breakdown table with shares per row. */
    static final class BreakdownTable {
        private BreakdownTable() {
        }

        /** Precinct rows name their county too, since precinct names repeat from county to county. */
        static TextTable of(Breakdown breakdown, Outcome outcome, Places places) {
            List<Standing> order = outcome.rounds().get(0).standings();
            boolean precincts = breakdown.dimension().equals("precinct");
            List<Boolean> align = new ArrayList<>(precincts ? List.of(false, false) : List.of(false));
            List<String> header = new ArrayList<>(precincts ? List.of("County", "Precinct")
                    : List.of(capitalise(breakdown.dimension())));
            for (Standing s : order) {
                align.addAll(List.of(true, true));
                header.addAll(List.of(s.choice().name(), "%"));
            }
            align.add(true);
            header.add("Total");
            TextTable table = new TextTable(align).row(header);
            for (Breakdown.Row row : breakdown.rows()) {
                List<String> cells = new ArrayList<>();
                if (precincts) {
                    cells.add(places.byId(row.key()).flatMap(Places.Place::county).orElse(""));
                }
                cells.add(row.label());
                for (Standing s : order) {
                    long v = row.votes().get(s.choiceIndex());
                    cells.addAll(List.of(Numbers.count(v), Numbers.percent(v, row.total())));
                }
                cells.add(Numbers.count(row.total()));
                table.row(cells);
            }
            return table;
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
