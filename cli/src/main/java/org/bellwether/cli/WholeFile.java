package org.bellwether.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file whole or not at all: into a temporary file beside it, removed if writing fails, then moved
 * over the target in one step, so that a reader never sees half a file and a failed run leaves the old one.
 */
final class WholeFile {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content<T> {
        void writeTo(T out) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes UTF-8 text. */
    static void chars(Path file, Content<Writer> content) {
        write(file, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        });
    }

    /** Writes bytes. */
    static void bytes(Path file, Content<OutputStream> content) {
        write(file, temp -> {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(o);
            }
        });
    }

    private static void write(Path file, Content<Path> fill) {
        try {
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                fill.writeTo(temp);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
