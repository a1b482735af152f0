package org.bellwether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bellwether.core.Election;
import org.bellwether.core.TallyTable;
import org.bellwether.store.AsOf;
import org.bellwether.store.ResultsStore;

/**
 * The store's figures on the generated statewide file, each store measured in the same run as the bare reader:
 * import throughput into SQLite and PostgreSQL, then 100 versions with 1% of tallies changed in each, the store's
 * size and the latency of reading the election as of version 1 and version 100. Timed with wall clocks over whole
 * operations (seconds each), so JMH's machinery adds nothing; run it on a quiet machine.
 *
 * <p>Usage: StoreBench ROWS WORKDIR [POSTGRES_JDBC_URL] [VERSIONS]
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Optional<String> pg = args.length > 2 && !args[2].isBlank() ? Optional.of(args[2]) : Optional.empty();
        int versions = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path file = work.resolve("statewide-" + rows + ".csv");
        if (!Files.exists(file)) {
            StatewideCsv.write(file, rows, 2017);
        }
        long dataRows = Files.lines(file).count() - 1;
        System.out.printf(Locale.ROOT, "file %s: %,d data rows, %,d bytes%n", file, dataRows, Files.size(file));
        List<String> stores = new ArrayList<>(List.of(work.resolve("bench-" + rows + ".db").toString()));
        pg.ifPresent(stores::add);
        for (String store : stores) {
            throughput(file, dataRows, store);
        }
        for (String store : stores) {
            history(file, store, versions);
        }
    }

    /** Bare read, then read + import into an empty store, three times, alternating; the best of each. */
    private static void throughput(Path file, long dataRows, String store) throws IOException {
        double read = Double.MAX_VALUE;
        double imported = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ReadAndTabulate.read(file);
            read = Math.min(read, seconds(t0));
            String fresh = Stores.fresh(store, "throughput" + round);
            long t1 = System.nanoTime();
            try (ResultsStore s = ResultsStore.open(fresh)) {
                s.importElection(ReadAndTabulate.read(file), "bench", clock(0));
            }
            imported = Math.min(imported, seconds(t1));
        }
        System.out.printf(Locale.ROOT, "%s: bare reader %,.0f rows/s (%.1f s); read+import %,.0f rows/s (%.1f s);"
                + " import/reader throughput ratio %.2f%n", Stores.kind(store), dataRows / read, read,
                dataRows / imported, imported, read / imported);
    }

    /** Version 1 from the file, then versions 2..n each changing 1% of the tallies; size and as-of latency. */
    private static void history(Path file, String store, int versions) {
        String fresh = Stores.fresh(store, "history");
        Election e = ReadAndTabulate.read(file);
        SplittableRandom random = new SplittableRandom(2017);
        long t0 = System.nanoTime();
        try (ResultsStore s = ResultsStore.open(fresh)) {
            s.importElection(e, "bench", clock(1));
            for (int v = 2; v <= versions; v++) {
                e = churn(e, 0.01, random, v);
                s.importElection(e, "bench", clock(v));
            }
        }
        double build = seconds(t0);
        try (ResultsStore s = ResultsStore.openExisting(fresh)) {
            double first = asOf(s, 1);
            double last = asOf(s, versions);
            System.out.printf(Locale.ROOT, "%s: %d versions of %,d tallies, 1%% churn each, built in %.0f s; store size"
                    + " %s; tabulate --as-of 1: %.2f s, --as-of %d: %.2f s%n", Stores.kind(store), versions,
                    e.tallies().size(), build, Stores.size(fresh), first, versions, last);
        }
    }

    /** The best of three loads of the version, with the tabulation of every contest. */
    private static double asOf(ResultsStore s, long version) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ReadAndTabulate.tabulate(s.load(Optional.empty(), new AsOf.Version(version)).election());
            best = Math.min(best, seconds(t0));
        }
        return best;
    }

    /** The election with {@code share} of its tallies given a few more votes, read from a "new file". */
    static Election churn(Election e, double share, SplittableRandom random, int version) {
        TallyTable.Builder t = TallyTable.builder();
        e.tallies().forEach((c, ch, u, v, votes) -> t.add(c, ch, u, v,
                votes + (random.nextDouble() < share ? 1 + random.nextInt(5) : 0)));
        List<org.bellwether.core.Source> sources = e.sources().stream().map(s -> new org.bellwether.core.Source(
                s.path(), String.format(Locale.ROOT, "%064x", version), s.reader())).toList();
        return new Election(e.name(), e.date(), e.type(), e.contests(), e.units(), e.voteTypes(), t.build(),
                e.statistics(), sources, e.notes());
    }

    private static Clock clock(int minute) {
        return Clock.fixed(Instant.parse("2024-11-05T20:00:00Z").plusSeconds(60L * minute), ZoneOffset.UTC);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
