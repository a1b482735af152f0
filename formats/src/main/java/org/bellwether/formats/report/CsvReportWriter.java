package org.bellwether.formats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Choice;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Round;
import org.bellwether.core.rule.Standing;

/**
 * Writes a report as one RFC 4180 table, a row per choice and per breakdown cell, for spreadsheets: a header and
 * data rows, nothing else, so that any CSV reader takes it as it is. A unit's row carries its id, its county and
 * FIPS code ({@link Places}). The software version and the inputs' SHA-256 are in the text and JSON reports.
 */
final class CsvReportWriter {

    private static final String[] HEADER = {"election", "contest", "round", "breakdown", "unit", "unit_id", "county",
        "fips", "county_fips", "rank", "choice", "party", "votes", "percent", "status"};
    private final Writer out;

    CsvReportWriter(Writer out) {
        this.out = out;
    }

    void write(Report report) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(HEADER);
        for (ElectionReport e : report.elections()) {
            Places places = Places.forBreakdowns(e.election(), e.contests());
            for (ContestReport c : e.contests()) {
                contest(csv, e.election().name(), c, places);
            }
        }
        csv.flush();
    }

    private static void contest(CsvWriter csv, String election, ContestReport report, Places places) {
        Outcome o = report.outcome();
        for (Round round : o.rounds()) {
            for (Standing s : round.standings()) {
                csv.writeRecord(CsvCells.text(election), CsvCells.text(o.contest().name()),
                        String.valueOf(round.number()), "total", "", "", "", "", "", String.valueOf(s.rank()),
                        CsvCells.text(s.choice().name()), CsvCells.text(s.choice().party().orElse("")),
                        String.valueOf(s.votes()), Numbers.percent(s.votes(), round.totalVotes()).replace("%", ""),
                        s.status().name());
            }
        }
        for (Breakdown b : report.breakdowns()) {
            for (Breakdown.Row row : b.rows()) {
                Optional<Places.Place> place = b.dimension().equals("vote type") ? Optional.empty()
                        : places.byId(row.key());
                String county = place.flatMap(Places.Place::county).orElse("");
                String fips = place.flatMap(Places.Place::fips).orElse("");
                String countyFips = place.flatMap(Places.Place::countyFips).orElse("");
                for (int i = 0; i < row.votes().size(); i++) {
                    Choice choice = o.contest().choices().get(i);
                    long v = row.votes().get(i);
                    csv.writeRecord(CsvCells.text(election), CsvCells.text(o.contest().name()), "", b.dimension(),
                            CsvCells.text(row.label()), CsvCells.text(row.key()), CsvCells.text(county), fips,
                            countyFips, "", CsvCells.text(choice.name()),
                            CsvCells.text(choice.party().orElse("")), String.valueOf(v),
                            Numbers.percent(v, row.total()).replace("%", ""), "");
                }
            }
        }
    }
}
