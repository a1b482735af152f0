package org.bellwether.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;

/**
 * One side of {@link PairedRun}: runs its workload once per line on standard input and prints the nanoseconds each
 * run took. Workloads: {@code bare} ({@link BareParse}), {@code read+tabulate} (an OpenElections file),
 * {@code stax} (a bare StAX pass, as {@link ClarityReadBenchmark#bareStax}) and {@code clarity} (the Clarity
 * reader, as {@link ClarityReadBenchmark#read}).
 */
public final class PairedWorker {

    /** What the runs return, consumed so that the JIT cannot drop the work. */
    private static long sink;

    private PairedWorker() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Run run = workload(args[0], Path.of(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long start = System.nanoTime();
            sink += run.once();
            System.out.println(System.nanoTime() - start);
        }
        if (sink == 42) {
            System.err.println();
        }
    }

    /** The workload, set up once: the Clarity ones share the JMH benchmark's state and its factory settings. */
    private static Run workload(String name, Path file) throws IOException {
        switch (name) {
            case "bare":
                return () -> BareParse.fields(file);
            case "read+tabulate":
                return () -> ReadAndTabulate.tabulate(ReadAndTabulate.read(file));
            case "stax", "clarity":
                ClarityReadBenchmark clarity = new ClarityReadBenchmark();
                clarity.input = file.toString();
                clarity.prepare();
                return name.equals("stax") ? clarity::bareStax : clarity::read;
            default:
                throw new IllegalArgumentException("no workload " + name);
        }
    }

    @FunctionalInterface
    private interface Run {
        long once() throws IOException, XMLStreamException;
    }
}
