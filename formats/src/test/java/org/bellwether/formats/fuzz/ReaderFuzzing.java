package org.bellwether.formats.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ResultsReader;

/**
 * The one property every reader is fuzzed for: whatever the bytes, reading them either fills a builder that
 * builds, or fails with the project's own {@link InputException}. Any other throwable (a null pointer, an index
 * out of bounds, an exception leaking from core, a stack overflow) escapes and is Jazzer's finding. A hang is
 * bounded by the {@code @Timeout} on each fuzz test: JUnit enforces it on each replayed input; when fuzzing, the
 * whole run is one JUnit invocation, so {@code scripts/fuzz.sh} turns JUnit's timeouts off and Jazzer passes the
 * value to libFuzzer as its per-input {@code -timeout}.
 */
final class ReaderFuzzing {

    /** One scratch folder per JVM; every input overwrites the same file in it, so fuzzing leaves no litter. */
    private static final Path DIR = scratch();

    private ReaderFuzzing() {
    }

    static void read(ResultsReader reader, String fileName, byte[] input) {
        Path file = write(fileName, input);
        ElectionBuilder builder = new ElectionBuilder();
        try {
            reader.read(file, builder, ReadOptions.DEFAULT);
        } catch (InputException expected) {
            return;
        }
        builder.build();
    }

    /** The input as a file in the scratch folder, for readers that take a path. */
    static Path write(String fileName, byte[] input) {
        Path file = DIR.resolve(fileName);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("bellwether-fuzz");
            dir.toFile().deleteOnExit();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> clean(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clean(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
