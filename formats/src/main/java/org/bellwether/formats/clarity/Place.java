package org.bellwether.formats.clarity;

import org.bellwether.formats.InputException;

/**
 * Where an error is: the file as the user named it and, inside a zip, the entry the XML came from, so that a
 * message reads {@code results.zip: detail.xml: line 12: ...}.
 *
 * @param file  the path as given
 * @param entry the zip entry holding the XML, or empty for a plain XML file
 */
record Place(String file, String entry) {

    static Place of(String file) {
        return new Place(file, "");
    }

    Place inEntry(String entryName) {
        return new Place(file, entryName);
    }

    String at(int line) {
        return entry.isEmpty() ? "line " + line : entry + ": line " + line;
    }

    InputException error(int line, String problem) {
        return new InputException(file, at(line), problem);
    }

    /** An error about the file or the zip as a whole, or one entry of it, with no line. */
    InputException error(String problem) {
        return new InputException(file, entry, problem);
    }
}
