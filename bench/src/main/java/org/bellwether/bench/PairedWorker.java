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
        ClarityReadBenchmark clarity = new ClarityReadBenchmark();
        clarity.input = args[1];
        clarity.prepare();
        Path file = Path.of(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long start = System.nanoTime();
            sink += switch (args[0]) {
                case "bare" -> BareParse.fields(file);
                case "read+tabulate" -> ReadAndTabulate.tabulate(ReadAndTabulate.read(file));
                case "stax" -> clarity.bareStax();
                case "clarity" -> clarity.read();
                default -> throw new IllegalArgumentException("no workload " + args[0]);
            };
            System.out.println(System.nanoTime() - start);
        }
        if (sink == 42) {
            System.err.println();
        }
    }
}
