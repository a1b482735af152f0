package org.bellwether.formats.openelections;

import java.nio.file.Path;
import java.util.Objects;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;

/**
 * What every part of one file's read shares: the file, the builder it feeds, the options and the notes.
 *
 * @param file    the file as the caller named it; errors quote it so
 * @param builder the election being built
 * @param options aliases, metadata and the totals policy
 * @param notes   what this read reports
 */
record ReadContext(Path file, ElectionBuilder builder, ReadOptions options, FileNotes notes) {

    ReadContext {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(notes, "notes");
    }

    static ReadContext of(Path file, ElectionBuilder builder, ReadOptions options) {
        return new ReadContext(file, builder, options, new FileNotes(fileName(file)));
    }

    InputException error(long line, String problem) {
        return new InputException(file.toString(), "line " + line, problem);
    }

    InputException error(String problem) {
        return new InputException(file.toString(), "", problem);
    }

    String fileName() {
        return fileName(file);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
