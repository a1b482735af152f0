package org.bellwether.formats;

import java.util.HashSet;
import java.util.Set;
import org.bellwether.core.ElectionBuilder;

/**
 * What a reader tells the election's notes about one file, each note prefixed with the reader and the file. Notes
 * name the file by its name only, not its folder, so that outputs stay byte-identical wherever the data lives.
 */
public final class ReaderNotes {

    private final ElectionBuilder builder;
    private final String prefix;
    /** Distinct quirks noted once each per file; a file with more (a million unknown keys) gets one note for the rest. */
    static final int MAX_ONCE_NOTES = 100;

    private final Set<String> noted = new HashSet<>();

    public ReaderNotes(ElectionBuilder builder, String readerName, String fileName) {
        this.builder = builder;
        this.prefix = readerName + ": " + fileName + ": ";
    }

    public void add(String note) {
        builder.note(prefix + note);
    }

    /** Adds a note unless the same one was already added, so a quirk repeated in every county is told once. */
    public void once(String note) {
        once(note, note);
    }

    /**
     * Adds a note the first time its key is seen, so a quirk repeated in every contest is told once.
     *
     * @param key  what makes two notes the same quirk (the note itself may carry the line of the first)
     * @param note the note
     */
    public void once(String key, String note) {
        if (noted.size() > MAX_ONCE_NOTES || noted.contains(key)) {
            return;
        }
        noted.add(key);
        if (noted.size() > MAX_ONCE_NOTES) {
            add("more than " + MAX_ONCE_NOTES + " distinct quirks; the rest are not noted"
                    + " (ReaderNotes.MAX_ONCE_NOTES)");
            return;
        }
        add(note);
    }
}
