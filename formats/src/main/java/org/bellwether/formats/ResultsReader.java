package org.bellwether.formats;

import java.nio.file.Path;
import org.bellwether.core.ElectionBuilder;

/**
 * Reads one file format into the election model. A reader knows its format and nothing about rules; it streams
 * its input, checks every count it reads and reports bad input only through {@link InputException}.
 */
public interface ResultsReader {

    /** A short stable name recorded with every source, e.g. {@code openelections-csv}. */
    String name();

    /** Whether this reader understands a file that starts with these bytes (content, never the file name). */
    boolean recognises(byte[] head);

    /**
     * Whether the format is binary (a zip), so that NUL bytes in a file this reader recognises are expected
     * rather than a sign of a file that is not results. Text formats keep the default.
     */
    default boolean readsBinary() {
        return false;
    }

    /**
     * Reads the whole file into {@code into}. On an {@link InputException} the builder may hold part of the
     * file; callers discard it ({@link Readers} does), which is what keeps imports all-or-nothing.
     */
    void read(Path file, ElectionBuilder into, ReadOptions options);
}
