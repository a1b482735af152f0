package org.bellwether.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.bellwether.core.Election;

/**
 * Reports the heap that read+tabulate needs for one file: the live heap that the election keeps after reading
 * (measured after a full GC) and the peak of the heap pools during the run. Run it in a fresh JVM per file.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long before = liveHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Election election = ReadAndTabulate.read(file);
        long winners = ReadAndTabulate.tabulate(election);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long retained = liveHeap() - before;
        System.out.printf(java.util.Locale.ROOT,
                "%s: %,d tallies, %,d units, retained %.1f MiB, peak heap pools %.1f MiB (check %d)%n",
                file.getFileName(), election.tallies().size(), election.units().size(), retained / 1048576.0,
                peak / 1048576.0, winners);
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
