package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bellwether.core.Choice;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;

/**
 * RCTab's normalised cast-vote-record export (the CSV it writes when it converts records): one row a ballot in
 * reading order, naming its source as the configuration writes it, the provider, the contest id (for the providers
 * whose records RCTab gives one: Dominion, Hart, Clear Ballot), RCTab's id of the ballot (else the vendor's), the
 * tabulator (Dominion, Clear Ballot), batch, vendor's id, precinct and precinct portion, then each rank up to the
 * configuration's maximum (the number of declared candidates when it has none): the candidates marked there, one a
 * line, the undeclared write-in by the source's label, {@code overvote}, or {@code undervote} for none. Quoted
 * only where CSV needs it; lines end in {@code \n}. The layout was read from RCTab's OutputWriter (its method, not its
 * code).
 */
public final class RctabCvrCsvWriter {

    private static final String OVERVOTE = "overvote";
    private static final String UNDERVOTE = "undervote";

    private RctabCvrCsvWriter() {
    }

    /**
     * @param config  the configuration the ballots were read under
     * @param paths   each source's path as the configuration writes it
     * @param ballots the ballots, read keeping identities
     */
    public static void write(RctabConfig config, List<String> paths, RankedBallots ballots, Writer out)
            throws IOException {
        Objects.requireNonNull(paths, "paths");
        BallotIdentities ids = ballots.identities().orElseThrow(() -> new IllegalArgumentException(
                "the ballots were read without their identities"));
        int ranks = config.maxRankings() == BallotRules.UNLIMITED ? config.candidates().size() : config.maxRankings();
        List<String> header = new ArrayList<>(List.of("Source Filepath", "CVR Provider", "Contest Id", "RCTab CVR Id",
                "Tabulator Id", "Batch Id", "Vendor Id", "Precinct", "Precinct Portion"));
        for (int r = 1; r <= ranks; r++) {
            header.add("Rank " + r);
        }
        line(header, out);
        List<String> row = new ArrayList<>();
        for (int b = 0; b < ids.size(); b++) {
            CvrSource source = config.sources().get(ids.source(b));
            String provider = source.provider();
            boolean contested = provider.equals("dominion") || provider.equals("hart") || provider.equals("clearBallot");
            boolean tabulated = provider.equals("dominion") || provider.equals("clearBallot");
            row.clear();
            row.add(paths.get(ids.source(b)));
            row.add(provider);
            row.add(contested ? source.contestId() : "");
            row.add(ids.rctabId(b).isEmpty() ? ids.vendorId(b) : ids.rctabId(b));
            row.add(tabulated ? ids.tabulatorNames().get(ids.tabulator(b)) : "");
            row.add(ids.batchNames().get(ids.batch(b)));
            row.add(ids.vendorId(b));
            row.add(ids.precinctNames().get(ids.precinct(b)));
            row.add(ids.portionNames().get(ids.portion(b)));
            rankings(ballots, ids.group(b), ranks, source, ballots.contest().choices(), row);
            line(row, out);
        }
    }

    private static void rankings(RankedBallots ballots, int group, int ranks, CvrSource source, List<Choice> choices,
            List<String> row) {
        int[] marks = ballots.marks(group);
        int uwi = ballots.undeclaredWriteIn().orElse(-1);
        for (int r = 1; r <= ranks; r++) {
            StringBuilder cell = new StringBuilder();
            for (int mark : marks) {
                if (RankedBallots.rankOf(mark) != r) {
                    continue;
                }
                int c = RankedBallots.candidateOf(mark);
                cell.append(cell.isEmpty() ? "" : "\n").append(c == RankedBallots.OVERVOTE ? OVERVOTE : c == uwi
                        ? source.undeclaredWriteInLabel() : choices.get(c).name());
            }
            row.add(cell.isEmpty() ? UNDERVOTE : cell.toString());
        }
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i) == null ? "" : fields.get(i)));
        }
        out.write('\n');
    }

    /** A field as CSV needs it: quoted (its quotes doubled) when it holds a comma, quote or line end. */
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
