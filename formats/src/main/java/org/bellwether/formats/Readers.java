package org.bellwether.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.Overlap;
import org.bellwether.core.Source;
import org.bellwether.core.StatisticChecks;
import org.bellwether.formats.clarity.ClarityDetailReader;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.nist.NistErrJsonReader;
import org.bellwether.formats.nist.NistErrXmlReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;

/**
 * Reads files of any known format into one election: checks each file exists, is not empty, not binary (unless
 * its reader reads a binary format, such as a zip) and not over {@link #MAX_FILE_BYTES}, detects its format from
 * its first bytes, records its SHA-256 and hands it to its reader. All files are read or none: on the first error
 * nothing is returned.
 */
public final class Readers {

    /** No results file we know of comes near this; anything larger is refused before it is read. */
    public static final long MAX_FILE_BYTES = 4L << 30;
    static final int HEAD_BYTES = 8192;

    private final List<ResultsReader> readers;

    /**
     * Reads with the given readers, each file by the first whose {@code accepts} recognises it.
     *
     * @param readers the readers to try, in order
     */
    public Readers(List<ResultsReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Every reader Bellwether has: Georgia SOS JSON, OpenElections CSV, NIST ERR XML and JSON, Clarity detail XML.
     *
     * @return readers that recognise each of those formats by content
     */
    public static Readers standard() {
        return new Readers(List.of(new GeorgiaSosJsonReader(), new OpenElectionsCsvReader(), new NistErrXmlReader(),
                new NistErrJsonReader(), new ClarityDetailReader()));
    }

    public Election read(List<Path> files, ReadOptions options) {
        return read(files, options, file -> { });
    }

    /**
     * Reads the files into one election, several at a time when there are several and more than one core, with
     * the election a read of one after another would give.
     *
     * @param read told of each file once its part of the election is in, in the files' order
     */
    public Election read(List<Path> files, ReadOptions options, Consumer<Path> read) {
        if (files.isEmpty()) {
            throw new InputException("(no files)", "", "no results files to read");
        }
        if (files.size() > 1 && FilesInParallel.THREADS > 1) {
            ElectionBuilder[] whole = new ElectionBuilder[1];
            int[] firstRows = new int[files.size()];
            boolean appended = FilesInParallel.read(this, files, options, (i, part) -> {
                if (whole[0] == null) {
                    whole[0] = part;
                } else {
                    firstRows[i] = whole[0].tallyCount();
                    if (!whole[0].append(part)) {
                        return false;
                    }
                }
                read.accept(files.get(i));
                return true;
            });
            if (appended) {
                return checked(whole[0].build(), files, firstRows);
            }
        }
        return readInTurn(files, options, read);
    }

    /**
     * Reads each file into a builder of its own, several at a time, and hands them over in the files' order.
     *
     * @param parts takes each file's builder, returning false to stop
     * @return false when a file could not be read or a builder was refused: read the files in turn then, for the
     *     error or for what a read in turn would note
     */
    public boolean readEach(List<Path> files, ReadOptions options, BiPredicate<Integer, ElectionBuilder> parts) {
        return FilesInParallel.read(this, files, options, parts::test);
    }

    /** Reads the files one after another into one builder. */
    Election readInTurn(List<Path> files, ReadOptions options, Consumer<Path> read) {
        ElectionBuilder builder = new ElectionBuilder();
        int[] firstRows = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            firstRows[i] = builder.tallyCount();
            readInto(files.get(i), builder, options);
            read.accept(files.get(i));
        }
        return checked(builder.build(), files, firstRows);
    }

    /**
     * Refuses an election in which a contest is reported for a unit as a whole and for units inside it (a county
     * summary read with that county's precinct file): summing both would count the same votes twice.
     */
    public static Election checked(Election election, List<Path> files, int[] firstRows) {
        // Both checks visit every tally of a read election, which nothing changes: on a second core the statistics'
        // checks cost no wall time beside the overlap check. Their result is the same whichever finishes first.
        FutureTask<List<String>> statisticChecks = Beside.start("statistic checks",
                () -> StatisticChecks.of(election));
        Overlap.find(election).ifPresent(o -> {
            String outerFile = files.get(fileOf(o.outerRow(), firstRows)).toString();
            String innerFile = files.get(fileOf(o.innerRow(), firstRows)).toString();
            throw new InputException(innerFile, "", "contest '" + election.contests().get(o.contest()).name()
                    + "' is reported for " + election.units().get(o.outerUnit()).name() + " as a whole (in "
                    + outerFile + ") and for " + election.units().get(o.innerUnit()).name() + " inside it (in "
                    + innerFile + "); reading both would count the same votes twice, so read one or the other");
        });
        List<String> sense = Beside.join(statisticChecks, "checking the statistics");
        if (sense.isEmpty()) {
            return election;
        }
        List<String> notes = new java.util.ArrayList<>(election.notes());
        notes.addAll(sense);
        return election.withNotes(notes);
    }

    private static int fileOf(int row, int[] firstRows) {
        int file = 0;
        while (file + 1 < firstRows.length && firstRows[file + 1] <= row) {
            file++;
        }
        return file;
    }

    public void readInto(Path file, ElectionBuilder builder, ReadOptions options) {
        byte[] head = head(file);
        ResultsReader reader = detect(file, head);
        builder.takeNormalisedNames();
        int before = builder.tallyCount();
        // The hash is a pass over the bytes of its own: on another core, beside the parse, it costs no wall time.
        FutureTask<String> hash = Beside.start("sha-256 " + file.getFileName(), () -> sha256(file));
        reader.read(file, builder, options);
        if (builder.tallyCount() == before) {
            throw new InputException(file.toString(), "", "no results: the file holds no count for any choice (a"
                    + " header with no records, or a file cut short?)");
        }
        List<String> normalised = builder.takeNormalisedNames();
        if (!normalised.isEmpty()) {
            builder.note(reader.name() + ": " + file.getFileName() + ": names compared after Unicode normalisation"
                    + " (NFKC, format characters such as zero-width spaces removed, white space collapsed), e.g. "
                    + String.join(", ", normalised.stream().map(Readers::visible).toList()));
        }
        builder.source(new Source(file.toString(), Beside.join(hash, "hashing"), reader.name()));
    }

    /** The reader for this file, decided from its content. */
    public ResultsReader detect(Path file) {
        return detect(file, head(file));
    }

    private ResultsReader detect(Path file, byte[] head) {
        boolean binary = hasNul(head);
        for (ResultsReader reader : readers) {
            if (reader.recognises(head) && (!binary || reader.readsBinary())) {
                return reader;
            }
        }
        if (binary) {
            throw new InputException(file.toString(), "", "binary file (it contains NUL bytes), not a results file");
        }
        throw new InputException(file.toString(), "", "unknown layout: not a format Bellwether reads ("
                + FileStart.describe(file, head) + ")");
    }

    /** A name in quotes with its invisible characters shown as {@code \}{@code uXXXX}. */
    private static String visible(String name) {
        StringBuilder out = new StringBuilder("'");
        for (char c : name.toCharArray()) {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL
                    || Character.isWhitespace(c) && c != ' ' || Character.isSpaceChar(c) && c != ' ';
            out.append(invisible ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.append('\'').toString();
    }

    static byte[] head(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, "", "is a directory, not a results file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(name, "", "file is empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw new InputException(name, "", "file is " + size + " bytes, over the limit of " + MAX_FILE_BYTES
                        + " (Readers.MAX_FILE_BYTES)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
