package org.bellwether.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.Election;
import org.bellwether.formats.nist.NistErrJsonWriter;
import org.bellwether.formats.nist.NistErrXmlWriter;
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
 * NIST ERR XML and JSON writing of the statewide election the foundation benchmark reads: the generated
 * OpenElections CSV is read once, then each write goes to a stream that only counts bytes, so the figure is the
 * writer's own (no disk). {@code bench/nist.sh} turns the times into MB/s and rows/s with {@link NistWriteSize}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class NistWriteBenchmark {

    static final String SOFTWARE = "Bellwether bench";

    @Param({"5000000"})
    public long rows;

    private Election election;

    @Setup(Level.Trial)
    public void read() throws IOException {
        election = ReadAndTabulate.read(input(rows));
    }

    /** The generated statewide CSV of about {@code rows} rows, made once in {@code bench.work}. */
    static Path input(long rows) throws IOException {
        Path dir = Path.of(System.getProperty("bench.work", "bench/work"));
        Files.createDirectories(dir);
        Path file = dir.resolve("statewide-" + rows + ".csv");
        if (!Files.exists(file)) {
            StatewideCsv.write(file, rows, 2017);
        }
        return file;
    }

    @Benchmark
    public long writeXml() {
        Counting out = new Counting();
        new NistErrXmlWriter(SOFTWARE).write(election, out);
        return out.bytes;
    }

    @Benchmark
    public long writeJson() {
        Counting out = new Counting();
        new NistErrJsonWriter(SOFTWARE).write(election, out);
        return out.bytes;
    }

    /** A sink that keeps nothing and counts what it is given. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
