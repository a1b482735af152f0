package org.bellwether.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.util.List;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.Transfer;

/**
 * A ranked count as one long CSV table, a header and rows, that any CSV reader takes as it is: per pass and round,
 * a {@code threshold} row, a {@code votes} row per candidate, an {@code inactive} row per cause, an {@code elected}
 * or {@code eliminated} row per decision (with its reason) and a {@code transfer} row per move of its votes.
 */
final class RankedCsv {

    static final List<String> HEADER = List.of("pass", "round", "kind", "name", "to", "votes", "reason");

    private RankedCsv() {
    }

    static void write(List<RankedOutcome> passes, Writer out) throws java.io.IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(HEADER);
        for (int p = 0; p < passes.size(); p++) {
            RankedOutcome o = passes.get(p);
            Contest contest = o.contest();
            String pass = Integer.toString(p + 1);
            for (RankedRound round : o.rounds()) {
                String r = Integer.toString(round.number());
                csv.writeRecord(pass, r, "threshold", "", "", round.threshold().toPlainString(), "");
                round.tallies().forEach((c, v) -> csv.writeRecord(pass, r, "votes", contest.choices().get(c).name(),
                        "", v.toPlainString(), ""));
                for (InactiveCause cause : InactiveCause.values()) {
                    csv.writeRecord(pass, r, "inactive", cause.key(), "",
                            round.inactive().get(cause).toPlainString(), "");
                }
                for (Decision d : round.decisions()) {
                    String name = contest.choices().get(d.choice()).name();
                    csv.writeRecord(pass, r, d.elected() ? "elected" : "eliminated", name, "", "", d.reason()
                            + d.tieBreak().map(t -> "; " + t).orElse(""));
                    for (Transfer t : d.transfers()) {
                        csv.writeRecord(pass, r, "transfer", name, RankedJson.target(contest, t),
                                t.votes().toPlainString(), "");
                    }
                }
            }
        }
        csv.flush();
    }
}
