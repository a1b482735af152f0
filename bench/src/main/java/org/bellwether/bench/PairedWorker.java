package org.bellwether.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One side of {@link PairedRun}: runs its workload ({@link BareParse} or read+tabulate) once per line on standard
 * input and prints the nanoseconds each run took.
 */
public final class PairedWorker {

    /** What the runs return, consumed so that the JIT cannot drop the work. */
    private static long sink;

    private PairedWorker() {
    }

    public static void main(String[] args) throws IOException {
        boolean bare = args[0].equals("bare");
        Path file = Path.of(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long start = System.nanoTime();
            sink += bare ? BareParse.fields(file) : ReadAndTabulate.tabulate(ReadAndTabulate.read(file));
            System.out.println(System.nanoTime() - start);
        }
        if (sink == 42) {
            System.err.println();
        }
    }
}
