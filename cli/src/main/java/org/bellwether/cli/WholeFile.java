package org.bellwether.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * Writes an output file whole or not at all: into a temporary file beside it ({@link TemporaryFiles}), removed if
 * writing fails, then moved over the target in one step, so that a reader never sees half a file and a failed run
 * leaves the old one. The new file gets the mode an ordinary file would (the umask decides), or keeps the mode of
 * the file it replaces. Every failure is an {@link OutputFailure} naming the file and the reason.
 */
final class WholeFile {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content<T> {
        void writeTo(T out) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes UTF-8 text into {@code file}, which must not be one of the {@code inputs} the run read. */
    static void chars(Path file, Collection<String> inputs, Content<Writer> content) {
        write(file, inputs, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(w);
            }
        });
    }

    /** Writes bytes into {@code file}, which must not be one of the {@code inputs} the run read. */
    static void bytes(Path file, Collection<String> inputs, Content<OutputStream> content) {
        write(file, inputs, temp -> {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                content.writeTo(o);
            }
        });
    }

    private static void write(Path file, Collection<String> inputs, Content<Path> fill) {
        Path target = file.toAbsolutePath().normalize();
        checkTarget(file, target);
        refuseInputs(file, inputs);
        Path temp;
        try {
            temp = TemporaryFiles.create(target.getParent());
        } catch (IOException e) {
            throw new OutputFailure(file.toString(), e);
        }
        try {
            FileModes.copy(target, temp);
            fill.writeTo(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            TemporaryFiles.delete(temp);
            throw new OutputFailure(file.toString(), e);
        } catch (java.io.UncheckedIOException e) {
            TemporaryFiles.delete(temp);
            throw OutputFailure.unwrapped(file.toString(), e);
        } catch (RuntimeException e) {
            TemporaryFiles.delete(temp);
            throw e;
        }
    }

    /** Writing over a file the run has just read would lose it: the user surely meant another name. */
    private static void refuseInputs(Path file, Collection<String> inputs) {
        if (!Files.exists(file)) {
            return;
        }
        for (String input : inputs) {
            try {
                if (Files.isSameFile(file, Path.of(input))) {
                    throw OutputFailure.usage("--out " + file + " is an input of this run (" + input
                            + "); writing there would overwrite it: name another file");
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // An input that is gone or unnamed cannot be the file about to be written.
            }
        }
    }

    /** The failures a user can fix before anything is written, said in their words. */
    private static void checkTarget(Path file, Path target) {
        Path folder = target.getParent();
        if (folder == null || Files.isDirectory(target)) {
            throw new OutputFailure("cannot write " + file + ": it is a folder; name a file in it");
        }
        if (!Files.isDirectory(folder)) {
            throw new OutputFailure("cannot write " + file + ": folder " + folder + " does not exist");
        }
    }
}
