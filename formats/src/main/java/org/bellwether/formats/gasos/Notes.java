package org.bellwether.formats.gasos;

import java.util.HashSet;
import java.util.Set;
import org.bellwether.core.ElectionBuilder;

/**
 * What the reader tells the election's notes about one file. Notes name the file by its name only, not its
 * folder, so that outputs stay byte-identical wherever the data lives.
 */
final class Notes {

    private final ElectionBuilder builder;
    private final String prefix;
    private final Set<String> noted = new HashSet<>();

    Notes(ElectionBuilder builder, String readerName, String fileName) {
        this.builder = builder;
        this.prefix = readerName + ": " + fileName + ": ";
    }

    void add(String note) {
        builder.note(prefix + note);
    }

    /** Adds a note unless the same one was already added, so a quirk repeated in every county is told once. */
    void once(String note) {
        if (noted.add(note)) {
            add(note);
        }
    }
}
