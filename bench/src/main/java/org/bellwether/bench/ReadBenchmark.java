package org.bellwether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read+tabulate of a generated statewide OpenElections CSV against a bare FastCSV pass over the same file that
 * does nothing with the records. Both run in one JMH run, so their ratio holds on a noisy shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadBenchmark {

    @Param({"5000000"})
    public long rows;

    private Path file;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        Path dir = Path.of(System.getProperty("bench.work", "bench/work"));
        Files.createDirectories(dir);
        file = dir.resolve("statewide-" + rows + ".csv");
        if (!Files.exists(file)) {
            StatewideCsv.write(file, rows, 2017);
        }
    }

    @Benchmark
    public long bareParse() {
        return BareParse.fields(file);
    }

    @Benchmark
    public long readAndTabulate() {
        return ReadAndTabulate.tabulate(ReadAndTabulate.read(file));
    }
}
