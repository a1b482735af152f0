package org.bellwether.formats.clarity;

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

    /**
     * Adds a note the first time its key is seen, so a quirk repeated in every contest is told once.
     *
     * @param key  what makes two notes the same quirk (the note itself may carry the line of the first)
     * @param note the note
     */
    void once(String key, String note) {
        if (noted.add(key)) {
            add(note);
        }
    }
}
