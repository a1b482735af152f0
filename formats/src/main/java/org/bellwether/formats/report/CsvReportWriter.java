package org.bellwether.formats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Choice;
import org.bellwether.core.Source;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Round;
import org.bellwether.core.rule.Standing;

/**
 * Writes a report as one RFC 4180 table, a row per choice and per breakdown cell, for spreadsheets. The software
 * version and the inputs' SHA-256 come first as {@code #} comment lines, which FastCSV and pandas can skip.
 */
final class CsvReportWriter {

    private static final String[] HEADER = {"election", "contest", "round", "breakdown", "unit", "rank", "choice",
        "party", "votes", "percent", "status"};
    private final Writer out;

    CsvReportWriter(Writer out) {
        this.out = out;
    }

    void write(Report report) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeComment(" Bellwether " + report.softwareVersion() + ": " + report.title());
        for (ElectionReport e : report.elections()) {
            for (Source s : e.election().sources()) {
                csv.writeComment(" input sha256=" + s.sha256() + " reader=" + s.reader() + " path="
                        + PlainText.escape(s.path()));
            }
        }
        csv.writeRecord(HEADER);
        for (ElectionReport e : report.elections()) {
            for (ContestReport c : e.contests()) {
                contest(csv, e.election().name(), c);
            }
        }
        csv.flush();
    }

    private static void contest(CsvWriter csv, String election, ContestReport report) {
        Outcome o = report.outcome();
        for (Round round : o.rounds()) {
            for (Standing s : round.standings()) {
                csv.writeRecord(CsvCells.text(election), CsvCells.text(o.contest().name()),
                        String.valueOf(round.number()), "total", "", String.valueOf(s.rank()),
                        CsvCells.text(s.choice().name()), CsvCells.text(s.choice().party().orElse("")),
                        String.valueOf(s.votes()), Numbers.percent(s.votes(), round.totalVotes()).replace("%", ""),
                        s.status().name());
            }
        }
        for (Breakdown b : report.breakdowns()) {
            for (Breakdown.Row row : b.rows()) {
                for (int i = 0; i < row.votes().size(); i++) {
                    Choice choice = o.contest().choices().get(i);
                    long v = row.votes().get(i);
                    csv.writeRecord(CsvCells.text(election), CsvCells.text(o.contest().name()), "", b.dimension(),
                            CsvCells.text(row.label()), "", CsvCells.text(choice.name()),
                            CsvCells.text(choice.party().orElse("")), String.valueOf(v),
                            Numbers.percent(v, row.total()).replace("%", ""), "");
                }
            }
        }
    }
}
