package org.bellwether.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.store.CastVoteRecordImport;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.StoredCastVoteRecords;

/**
 * Cast-vote records in the store, on the generated ES&amp;S CSV ({@link CvrGenerator}): per store (SQLite, and
 * PostgreSQL when given), the read of the file (with each ballot's identity) and the read + import into an empty
 * store, alternating, best of three, as a ratio; the rows and bytes the version takes; the time to find the same
 * bytes again (nothing stored); and reading the version back, checked to count exactly as the file does.
 *
 * <p>Usage: CvrStoreBench BALLOTS WORKDIR [POSTGRES_JDBC_URL]
 */
public final class CvrStoreBench {

    private CvrStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        long ballots = Long.parseLong(args[0]);
        Path dir = Path.of(args[1], "rcv-csv-" + ballots);
        Optional<String> pg = args.length > 2 && !args[2].isBlank() ? Optional.of(args[2]) : Optional.empty();
        Path config = dir.resolve("config.json");
        if (!Files.exists(config)) {
            CvrGenerator.main(new String[] {dir.toString(), Long.toString(ballots), "csv"});
        }
        System.out.printf(Locale.ROOT, "file %s: %,d bytes%n", dir.resolve("cvr.csv"),
                Files.size(dir.resolve("cvr.csv")));
        List<String> stores = new ArrayList<>(List.of(Path.of(args[1], "cvr-" + ballots + ".db").toString()));
        pg.ifPresent(stores::add);
        for (String store : stores) {
            run(config, store);
        }
    }

    private static void run(Path config, String store) {
        RctabConfig read = RctabConfigReader.read(config);
        double plain = Double.MAX_VALUE;
        double reading = Double.MAX_VALUE;
        double importing = Double.MAX_VALUE;
        String fresh = null;
        CastVoteRecordImport cvrs = null;
        for (int round = 0; round < 3; round++) {
            long tp = System.nanoTime();
            CastVoteRecords.read(read, false);
            plain = Math.min(plain, seconds(tp));
            long t0 = System.nanoTime();
            CastVoteRecords.read(read, true);
            reading = Math.min(reading, seconds(t0));
            fresh = Stores.fresh(store, "cvr" + round);
            long t1 = System.nanoTime();
            cvrs = imported(read, config);
            try (ResultsStore s = ResultsStore.open(fresh)) {
                s.importCastVoteRecords(cvrs, "bench", clock(round));
            }
            importing = Math.min(importing, seconds(t1));
        }
        try (ResultsStore s = ResultsStore.open(fresh)) {
            long t0 = System.nanoTime();
            ImportResult again = s.importCastVoteRecords(cvrs, "bench", clock(9));
            double unchanged = seconds(t0);
            long t1 = System.nanoTime();
            StoredCastVoteRecords stored = s.castVoteRecords(again.version().number());
            double load = seconds(t1);
            RankedOutcome fromFile = RankedTabulator.tabulate(cvrs.ballots(), read.rule());
            RankedOutcome fromStore = RankedTabulator.tabulate(stored.ballots(), read.rule());
            if (!fromFile.equals(fromStore)) {
                throw new IllegalStateException("the stored version counts differently from the file");
            }
            RankedBallots b = cvrs.ballots();
            System.out.printf(Locale.ROOT, "%s: %,d ballots (%,d distinct); read %.2f s, with identities %.2f s"
                    + " (ratio %.2f), read + import %.2f s (ratio to the read with identities %.2f); %,d rows, store"
                    + " size %s; the same bytes again: %s in %.2f s; read back %.2f s, counted identically (%s elected"
                    + " in %d rounds)%n", Stores.kind(store), b.ballots(), b.groups(), plain, reading, plain / reading,
                    importing, reading / importing, again.version().changes(),
                    Stores.size(fresh), again instanceof ImportResult.Unchanged ? "unchanged" : "STORED AGAIN",
                    unchanged, load, fromStore.elected().get(0).name(), fromStore.rounds().size());
        }
    }

    private static CastVoteRecordImport imported(RctabConfig read, Path config) {
        RankedBallots ballots = CastVoteRecords.read(read, true);
        List<Source> sources = List.of(new Source(config.toString(), "0".repeat(64), "rctab-config"),
                new Source(read.sources().get(0).path().toString(), "1".repeat(64), "cvr-ess"));
        try {
            return new CastVoteRecordImport(read.contestName(), Optional.empty(), sources, Files.readString(config),
                    ballots);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Clock clock(int minute) {
        return Clock.fixed(Instant.parse("2024-11-05T20:00:00Z").plusSeconds(60L * minute), ZoneOffset.UTC);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
