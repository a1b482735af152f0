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
import org.bellwether.core.rule.OutcomeStatus;
import org.bellwether.core.rule.Round;
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
        line("");
        line("Made by Bellwether " + report.softwareVersion() + ".");
        out.flush();
    }

    private void election(ElectionReport report) throws IOException {
        Election e = report.election();
        String name = e.name().isBlank() ? "(the files name no election)" : e.name();
        line(report.heading() + ": " + name + e.date().map(d -> " (" + d + ")").orElse(""));
        for (ContestReport contest : report.contests()) {
            line("");
            contest(contest);
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

    private void contest(ContestReport report) throws IOException {
        Outcome o = report.outcome();
        line("  " + o.contest().name() + "  (vote for " + o.contest().voteFor() + ")");
        line("  Rule: " + o.rule().describe());
        line("  Ties: " + o.tieBreak().describe());
        for (Round round : o.rounds()) {
            line("");
            out.write(standings(round).render("  "));
        }
        line("");
        line("  Outcome: " + statusLabel(o.status()) + ". " + o.explanation());
        margin(o);
        for (Breakdown breakdown : report.breakdowns()) {
            line("");
            line("  By " + breakdown.dimension());
            out.write(BreakdownTable.of(breakdown, o).render("  "));
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
        if (o.status() != OutcomeStatus.FINAL || o.elected().size() != 1 || standings.size() < 2) {
            return;
        }
        long total = o.rounds().get(o.rounds().size() - 1).totalVotes();
        long margin = standings.get(0).votes() - standings.get(1).votes();
        Choice winner = standings.get(0).choice();
        line("  Margin: " + winner.name() + " by " + Numbers.count(margin) + " votes ("
                + Numbers.percent(margin, total).replace("%", " percentage points") + ")");
    }

    private static String statusLabel(OutcomeStatus status) {
        return status.name().replace('_', ' ');
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

        static TextTable of(Breakdown breakdown, Outcome outcome) {
            List<Standing> order = outcome.rounds().get(0).standings();
            List<Boolean> align = new ArrayList<>(List.of(false));
            List<String> header = new ArrayList<>(List.of(capitalise(breakdown.dimension())));
            for (Standing s : order) {
                align.addAll(List.of(true, true));
                header.addAll(List.of(s.choice().name(), "%"));
            }
            align.add(true);
            header.add("Total");
            TextTable table = new TextTable(align).row(header);
            for (Breakdown.Row row : breakdown.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.label()));
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
