package org.bellwether.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;

/**
 * Read + tabulate of generated cast-vote records against a bare parse of the same file, in one JVM, run in turn
 * after a warm-up: for CSV the bare parse is FastCSV reading every record and touching every field; for xlsx a
 * StAX pass over the worksheet part inside the zip (the reader's factory settings, events ignored); for NIST CDF
 * JSON one jackson-core streaming pass, every token read and each scalar's text decoded but none made a String
 * (also timed, and printed apart, with strings left undecoded). Prints each
 * pair and the median of the pairs' ratios (bare / read + tabulate: 1.0 would be as fast as the bare parse), in
 * elapsed time and in the main thread's CPU time (on a shared machine, the load of other processes stretches elapsed
 * times unevenly; the garbage collector's own threads are not in the CPU figure), and in the whole process's CPU time
 * (every thread: what a reader that reads a large file on two threads costs in all).
 * With {@code --heap}, runs read + tabulate once and prints the peak of the heap pools (run it in a fresh JVM).
 *
 * <p>Usage: {@code RankedBench CONFIG PAIRS} or {@code RankedBench CONFIG --heap}
 */
public final class RankedBench {

    private RankedBench() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        RctabConfig read = RctabConfigReader.read(config);
        Path cvr = read.sources().get(0).path();
        if (args[1].equals("--heap")) {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            RankedOutcome outcome = readAndTabulate(read);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%s: %,d ballots, %d rounds, winner %s, one cold run %d ms, peak heap pools"
                    + " %.1f MiB (max heap %d MiB)%n", cvr.getFileName(), outcome.ballots(), outcome.rounds().size(),
                    outcome.elected().get(0).name(), ms, peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
            return;
        }
        int pairs = Integer.parseInt(args[1]);
        boolean xlsx = cvr.toString().endsWith(".xlsx");
        boolean json = cvr.toString().endsWith(".json");
        for (int i = 0; i < 2; i++) {
            bare(cvr, xlsx, json);
            readAndTabulate(read);
        }
        List<Double> ratios = new ArrayList<>();
        List<Long> bares = new ArrayList<>();
        List<Long> fulls = new ArrayList<>();
        List<Double> tokenRatios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        List<Double> processCpuRatios = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < pairs; i++) {
            long p0 = os.getProcessCpuTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long check = bare(cvr, xlsx, json);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long p1 = os.getProcessCpuTime();
            RankedOutcome outcome = readAndTabulate(read);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            long p2 = os.getProcessCpuTime();
            cpuRatios.add((double) (c1 - c0) / (c2 - c1));
            processCpuRatios.add((double) (p1 - p0) / (p2 - p1));
            bares.add((t1 - t0) / 1_000_000);
            fulls.add((t2 - t1) / 1_000_000);
            ratios.add((double) (t1 - t0) / (t2 - t1));
            System.out.printf(Locale.ROOT, "pair %d: bare parse %d ms (%d), read + tabulate %d ms (read %d ms; %,d"
                    + " ballots, %,d distinct, %d rounds), ratio %.2f; on this thread's CPU %d ms and %d ms, ratio %.2f;"
                    + " the process's CPU (every thread, GC and JIT too) %d ms and %d ms, ratio %.2f%n",
                    i + 1, bares.get(i), check, fulls.get(i), lastReadNanos / 1_000_000, outcome.ballots(), lastGroups,
                    outcome.rounds().size(), ratios.get(i), (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000,
                    cpuRatios.get(i), (p1 - p0) / 1_000_000, (p2 - p1) / 1_000_000, processCpuRatios.get(i));
            if (json) {
                long t3 = System.nanoTime();
                bareJson(cvr, false);
                long tokensOnly = System.nanoTime() - t3;
                tokenRatios.add((double) tokensOnly / (t2 - t1));
                System.out.printf(Locale.ROOT, "pair %d: tokens only, strings not decoded: %d ms, ratio %.2f%n",
                        i + 1, tokensOnly / 1_000_000, tokenRatios.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "%s: median bare parse %d ms, median read + tabulate %d ms, median ratio %.2f"
                + " (interquartile %.2f to %.2f) over %d pairs%n", cvr.getFileName(), median(bares), median(fulls),
                quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75), pairs);
        System.out.printf(Locale.ROOT, "%s: on the thread's CPU time (what other processes' load does not change),"
                + " median ratio %.2f (interquartile %.2f to %.2f)%n", cvr.getFileName(), quantile(cpuRatios, 0.5),
                quantile(cpuRatios, 0.25), quantile(cpuRatios, 0.75));
        System.out.printf(Locale.ROOT, "%s: on the process's CPU time (all threads: a reader using two counts both),"
                + " median ratio %.2f (interquartile %.2f to %.2f)%n", cvr.getFileName(),
                quantile(processCpuRatios, 0.5), quantile(processCpuRatios, 0.25), quantile(processCpuRatios, 0.75));
        if (json) {
            System.out.printf(Locale.ROOT, "%s: against a pass that leaves strings undecoded, median ratio %.2f"
                    + " (interquartile %.2f to %.2f)%n", cvr.getFileName(), quantile(tokenRatios, 0.5),
                    quantile(tokenRatios, 0.25), quantile(tokenRatios, 0.75));
        }
    }

    static long lastReadNanos;
    static int lastGroups;

    static RankedOutcome readAndTabulate(RctabConfig config) {
        long t0 = System.nanoTime();
        RankedBallots ballots = CastVoteRecords.read(config);
        lastReadNanos = System.nanoTime() - t0;
        lastGroups = ballots.groups();
        return RankedTabulator.tabulate(ballots, config.rule());
    }

    static long bare(Path cvr, boolean xlsx, boolean json) throws Exception {
        if (json) {
            return bareJson(cvr, true);
        }
        if (!xlsx) {
            long chars = 0;
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(cvr)) {
                for (CsvRecord r : csv) {
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        chars += r.getField(i).length();
                    }
                }
            }
            return chars;
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        long events = 0;
        try (ZipFile zip = new ZipFile(cvr.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                xml.next();
                events++;
            }
        }
        return events;
    }

    /**
     * One jackson-core streaming pass; with {@code decoded}, each scalar's text is decoded too (its length taken,
     * no String made), as any reader must for the values it uses and as the CSV pass does for every field;
     * without, strings are skipped undecoded (a lower bound no reader reaches).
     */
    static long bareJson(Path cvr, boolean decoded) throws Exception {
        long tokens = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(cvr.toFile())) {
            for (com.fasterxml.jackson.core.JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                tokens += decoded && t.isScalarValue() ? parser.getTextLength() : 1;
            }
        }
        return tokens;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.round(q * (sorted.size() - 1)));
    }

}
