package org.bellwether.bench;

import java.nio.file.Path;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Plurality;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;

/** The work measured: read an OpenElections file into the model and tabulate every contest. */
final class ReadAndTabulate {

    private ReadAndTabulate() {
    }

    static Election read(Path file) {
        ElectionBuilder builder = new ElectionBuilder();
        new OpenElectionsCsvReader().read(file, builder, ReadOptions.DEFAULT);
        return builder.build();
    }

    /** Returns the winners' votes summed, so that the JIT cannot drop the work. */
    static long tabulate(Election election) {
        long sum = 0;
        long[][] totals = election.choiceTotals();
        for (int i = 0; i < election.contests().size(); i++) {
            Contest contest = election.contests().get(i);
            Outcome outcome = Tabulator.tabulate(contest, totals[i], new Plurality(contest.voteFor()),
                    TieBreak.BY_LAW);
            sum += outcome.rounds().get(0).standings().get(0).votes();
        }
        return sum;
    }
}
