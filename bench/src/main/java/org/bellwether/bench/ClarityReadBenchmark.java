package org.bellwether.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.clarity.ClarityDetailReader;
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
 * The Clarity reader against a bare StAX pass over the same bytes that does nothing with the events, with the
 * reader's own factory settings, so that the ratio is what the reader adds to parsing. Both read the same file in
 * one JMH run, so their ratio holds on a noisy shared machine. {@code input} is {@code generated} (a statewide
 * precinct-level file of {@code megabytes}, made once in {@code bench.work}) or the path of a real file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ClarityReadBenchmark {

    @Param({"generated"})
    public String input;

    @Param({"200"})
    public int megabytes;

    private Path file;
    private XMLInputFactory factory;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        factory = ClarityDetailReader.xmlInputFactory();
        if (!input.equals("generated")) {
            file = Path.of(input);
            return;
        }
        Path dir = Path.of(System.getProperty("bench.work", "bench/work"));
        Files.createDirectories(dir);
        file = dir.resolve("statewide-clarity-" + megabytes + "mb.xml");
        if (!Files.exists(file)) {
            StatewideClarity.write(file, (long) megabytes << 20, 2020);
        }
    }

    @Benchmark
    public long bareStax() throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                events += xml.next();
            }
            xml.close();
        }
        return events;
    }

    @Benchmark
    public int read() {
        ElectionBuilder builder = new ElectionBuilder();
        new ClarityDetailReader().read(file, builder, ReadOptions.DEFAULT);
        return builder.build().tallies().size();
    }
}
