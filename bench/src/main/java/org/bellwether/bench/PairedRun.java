package org.bellwether.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Read+tabulate against a bare FastCSV pass, measured in pairs: each workload runs in a JVM of its own (so that
 * neither pollutes the other's compiled code), both warmed up, and the parent asks them for one run each in
 * turn, alternating which goes first. A pair's runs are seconds apart, so a neighbour's load on a shared
 * machine weighs on both; the ratio reported is the median of the pairs' ratios, with its interquartile range.
 *
 * <p>Usage: {@code PairedRun [--clarity] FILE [WARMUP [PAIRS]]}: an OpenElections file, read+tabulate against
 * {@link BareParse} with {@code -Xms2g -Xmx2g} as in {@link ReadBenchmark}, or with {@code --clarity} a Clarity
 * detail.xml, the reader against a bare StAX pass with {@code -Xms3g -Xmx3g} as in {@link ClarityReadBenchmark}.
 */
public final class PairedRun {

    private PairedRun() {
    }

    public static void main(String[] args) throws IOException {
        boolean clarity = args[0].equals("--clarity");
        int at = clarity ? 1 : 0;
        Path file = Path.of(args[at]);
        int warmup = args.length > at + 1 ? Integer.parseInt(args[at + 1]) : 5;
        int pairs = args.length > at + 2 ? Integer.parseInt(args[at + 2]) : 15;
        String heap = clarity ? "3g" : "2g";
        try (Worker bare = new Worker(clarity ? "stax" : "bare", file, heap);
                Worker ours = new Worker(clarity ? "clarity" : "read+tabulate", file, heap)) {
            for (int i = 0; i < warmup; i++) {
                bare.run();
                ours.run();
            }
            double[] ratios = new double[pairs];
            long[] bareMs = new long[pairs];
            long[] oursMs = new long[pairs];
            for (int i = 0; i < pairs; i++) {
                boolean bareFirst = i % 2 == 0;
                long first = (bareFirst ? bare : ours).run();
                long second = (bareFirst ? ours : bare).run();
                bareMs[i] = (bareFirst ? first : second) / 1_000_000;
                oursMs[i] = (bareFirst ? second : first) / 1_000_000;
                ratios[i] = (double) bareMs[i] / oursMs[i];
            }
            report(file, clarity ? "bare StAX" : "bare parse", clarity ? "Clarity reader" : "read+tabulate",
                    bareMs, oursMs, ratios);
        }
    }

    private static void report(Path file, String bareName, String oursName, long[] bareMs, long[] oursMs,
            double[] ratios) {
        Arrays.sort(bareMs);
        Arrays.sort(oursMs);
        Arrays.sort(ratios);
        int n = ratios.length;
        System.out.printf(Locale.ROOT, "%s, %d pairs: %s median %d ms, %s median %d ms;"
                + " throughput ratio median %.2f (interquartile %.2f to %.2f, all %.2f to %.2f)%n",
                file.getFileName(), n, bareName, bareMs[n / 2], oursName, oursMs[n / 2], ratios[n / 2],
                ratios[n / 4], ratios[(3 * n) / 4], ratios[0], ratios[n - 1]);
    }

    /** A JVM running one workload each time it reads a line, answering with the nanoseconds it took. */
    private static final class Worker implements AutoCloseable {
        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;

        Worker(String workload, Path file, String heap) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    PairedWorker.class.getName(), workload, file.toString()));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        long run() throws IOException {
            commands.println("run");
            String answer = answers.readLine();
            if (answer == null) {
                throw new IOException("the worker stopped; its error output is above");
            }
            return Long.parseLong(answer.strip());
        }

        /** Ends the worker: closing its input ends its loop; one that does not end in a minute is killed. */
        @Override
        public void close() throws IOException {
            commands.close();
            try {
                if (!process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
