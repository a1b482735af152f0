package org.bellwether.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.store.CastVoteRecordImport;
import org.bellwether.store.ResultsStore;

/**
 * A ranked-choice night on real records: Minneapolis's 2013 mayoral cast-vote records (RCTab's own test election,
 * 80,101 ballots, 36 candidates, 33 rounds), stored as the count so far (the first ballots read) and then whole.
 */
final class RankedNight {

    static final Path RCTAB = Path.of("../formats/src/test/resources/org/bellwether/formats/cvr/rctab");
    static final Path MAYOR = RCTAB.resolve("2013_minneapolis_mayor/2013_minneapolis_mayor_config.json");
    static final Path EXPECTED = RCTAB.resolve(
            "2013_minneapolis_mayor/2013_minneapolis_mayor_expected_detailed_report.json");
    static final String NAME = "Minneapolis Mayor 2013";
    /** The ballots of the first version: about half, as an election night's first count would be. */
    static final int FIRST = 40_000;
    static final Instant T1 = Instant.parse("2013-11-06T02:00:00Z");
    static final Instant T2 = Instant.parse("2013-11-06T05:30:00Z");

    private static CastVoteRecordImport whole;

    private RankedNight() {
    }

    static RctabConfig config() {
        return RctabConfigReader.read(MAYOR);
    }

    /** Every ballot, read once per test run (the spreadsheet takes a second or two). */
    static synchronized CastVoteRecordImport whole() {
        if (whole == null) {
            whole = read(MAYOR, NAME);
        }
        return whole;
    }

    /** The cast-vote records an RCTab configuration names, to store under {@code name} with the configuration. */
    static CastVoteRecordImport read(Path configFile, String name) {
        try {
            RctabConfig config = RctabConfigReader.read(configFile);
            RankedBallots ballots = CastVoteRecords.read(config, true);
            List<Source> sources = new ArrayList<>();
            sources.add(new Source(configFile.getFileName().toString(), "0".repeat(64), "rctab-config"));
            config.sources().forEach(s -> sources.add(new Source(s.path().getFileName().toString(), "1".repeat(64),
                    "cvr-" + s.provider())));
            return new CastVoteRecordImport(name, Optional.empty(), sources, Files.readString(configFile), ballots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} ballots in reading order, with their identities. */
    static CastVoteRecordImport first(int n) {
        CastVoteRecordImport all = whole();
        RankedBallots from = all.ballots();
        BallotIdentities who = from.identities().orElseThrow();
        RankedBallots.Builder out = RankedBallots.builder(from.contest(), from.undeclaredWriteIn().orElse(-1),
                from.bySlice()).keepingIdentities();
        for (int b = 0; b < n; b++) {
            int[] marks = from.marks(who.group(b));
            out.add(marks, marks.length, who.precinctNames().get(who.precinct(b)), who.id(b),
                    who.batchNames().get(who.batch(b)), who.tabulatorNames().get(who.tabulator(b)));
        }
        return new CastVoteRecordImport(all.electionName(), all.date(), all.sources(), all.ruleConfig(), out.build());
    }

    /** Stores the first version (the first ballots) in the store at {@code spec}. */
    static void storeFirst(String spec) {
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importCastVoteRecords(first(FIRST), "bellwether 0.1.0", Clock.fixed(T1, ZoneOffset.UTC));
        }
    }

    /** Stores every ballot as the next version. */
    static void storeWhole(String spec) {
        try (ResultsStore store = ResultsStore.open(spec)) {
            store.importCastVoteRecords(whole(), "bellwether 0.1.0", Clock.fixed(T2, ZoneOffset.UTC));
        }
    }
}
