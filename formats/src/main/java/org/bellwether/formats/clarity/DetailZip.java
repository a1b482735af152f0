package org.bellwether.formats.clarity;

import org.bellwether.formats.ReaderNotes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.bellwether.formats.InputException;

/**
 * Reads the {@code detail.xml} of a Clarity {@code detailxml.zip} straight from the inflater, never extracting
 * anything to disk. Every entry is looked at, in the order the zip stores them, against {@link ZipLimits}: too
 * many entries, a path that is absolute or climbs out with {@code ..}, a zip inside the zip, too many bytes or too
 * high a compression ratio each refuse the whole file. Other entries are read through (to check them) and noted.
 */
final class DetailZip {

    static final String DETAIL = "detail.xml";
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    /** Parses the detail.xml entry; the stream ends with the entry. */
    @FunctionalInterface
    interface EntryReader {
        void read(InputStream xml, String entryName) throws IOException;
    }

    private final ZipInputStream zip;
    private final CountingStream compressed;
    private final Place place;
    private final ZipLimits limits;
    private final ReaderNotes notes;
    private int entries;
    private long inflated;
    private boolean found;

    private DetailZip(CountingStream compressed, Place place, ZipLimits limits, ReaderNotes notes) {
        this.compressed = compressed;
        this.zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
        this.place = place;
        this.limits = limits;
        this.notes = notes;
    }

    static void read(InputStream file, Place place, ZipLimits limits, ReaderNotes notes, EntryReader reader)
            throws IOException {
        DetailZip detail = new DetailZip(new CountingStream(file), place, limits, notes);
        for (ZipEntry entry = next(detail.zip, place); entry != null; entry = next(detail.zip, place)) {
            detail.entry(entry.getName(), reader);
        }
        if (!detail.found) {
            throw place.error("the zip holds no " + DETAIL + ": not a Clarity detail zip");
        }
    }

    /** Checks one entry, parses it when it is the detail.xml, and reads it to its end under the limits. */
    private void entry(String name, EntryReader reader) throws IOException {
        Place at = place.inEntry("entry " + InputException.echo(name));
        if (++entries > limits.maxEntries()) {
            throw at.error("more than " + limits.maxEntries() + " entries, over the limit (ZipLimits.MAX_ENTRIES)");
        }
        checkPath(name, at);
        // the guard is outermost: the parser may close what it is given, and that must not close the zip
        InflationGuard guard = new InflationGuard(notNested(name, zip, at), compressed, inflated, limits, at);
        if (name.equalsIgnoreCase(DETAIL)) {
            found = once(found, at);
            reader.read(guard, name);
        } else {
            notes.once("entry " + name, "ignored zip entry " + InputException.echo(name));
        }
        guard.transferTo(OutputStream.nullOutputStream());
        inflated += guard.inflated();
    }

    private static ZipEntry next(ZipInputStream zip, Place place) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            throw place.error("not a readable zip: " + e.getMessage());
        }
    }

    /** Refuses a path that a careless extractor would write outside its folder. */
    static void checkPath(String name, Place at) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("[A-Za-z]:.*")) {
            throw at.error("absolute path in a zip entry: refused");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw at.error("zip entry path climbs out of the archive with \"..\": refused");
            }
        }
    }

    /** Refuses a zip inside the zip, by its name or by its first bytes, before any of it is parsed. */
    private static InputStream notNested(String name, InputStream content, Place at) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(content, LOCAL_HEADER.length);
        byte[] start = peek.readNBytes(LOCAL_HEADER.length);
        boolean zipped = Arrays.equals(start, LOCAL_HEADER);
        if (zipped || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw at.error("a zip inside the zip: refused (nested archives are a zip bomb's tool)");
        }
        peek.unread(start);
        return peek;
    }

    private static boolean once(boolean found, Place at) {
        if (found) {
            throw at.error("a second " + DETAIL + " in the zip: refused, since it is unclear which to read");
        }
        return true;
    }
}
