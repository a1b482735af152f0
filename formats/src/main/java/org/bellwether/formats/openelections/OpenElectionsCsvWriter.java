package org.bellwether.formats.openelections;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.VoteCategory;

/**
 * Writes an election as an OpenElections CSV, {@code county,precinct,office,district,party,candidate,votes} and one
 * column per vote type, in the form {@link OpenElectionsCsvReader} reads back: rows grouped by precinct, a unit's
 * statistics first (office {@code Voters}, candidate {@code Registered Voters} or {@code Ballots Cast}; a contest's
 * {@code Under Votes} and {@code Over Votes} under its office), no total rows. A unit's county column is the name of
 * its nearest county-level unit (or of the root of its tree), its precinct column its own name. An election read from
 * OpenElections files comes back the same; one from elsewhere keeps its figures but gets OpenElections' units
 * (county, county/precinct). The output has {@code \n} line ends and no time stamp, so it is byte-identical
 * across runs.
 */
public final class OpenElectionsCsvWriter {

    static final String VOTERS = "Voters";

    public OpenElectionsCsvWriter() {
        // stateless
    }

    /** Writes UTF-8 CSV to {@code out}, which is flushed, not closed. */
    public void write(Election election, OutputStream out) {
        CsvRows rows = new CsvRows(election);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8);
        try {
            csv.writeRecord(header(election, rows.precinctColumn()));
            rows.forEach(row -> csv.writeRecord(row.cells(rows.precinctColumn())));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(Election e, boolean precinct) {
        List<String> header = new ArrayList<>(List.of("county"));
        if (precinct) {
            header.add("precinct");
        }
        header.addAll(List.of("office", "district", "party", "candidate", "votes"));
        e.voteTypes().stream().filter(t -> t.category() != VoteCategory.ALL).forEach(t -> header.add(t.label()));
        return header;
    }

    /** The candidate cell that a statistic's row has, as the reader's {@code RowKind} knows it. */
    static String candidateCell(StatisticKind kind) {
        return switch (kind) {
            case REGISTERED_VOTERS -> "Registered Voters";
            case BALLOTS_CAST -> "Ballots Cast";
            case UNDERVOTES -> "Under Votes";
            case OVERVOTES -> "Over Votes";
        };
    }
}
