package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.bellwether.core.ranked.RankedBallots;

/**
 * Reads a large NIST CDF JSON report's CVRs on two threads. A place near the middle where a CVR seems to begin (an
 * opening brace followed by {@code "@type": "CVR.CVR"}) is taken as the cut; the second thread parses from there, as
 * the rest of an object whose {@code CVR} array it is inside (the bytes <code>{"CVR":[</code> put before it), to the
 * report's end; the first parses the report from its start as the one-thread read does and stops at the CVR that
 * begins exactly at the cut, which proves that the cut is a CVR boundary of the one-thread parse (a cut inside a
 * string or a nested object is never reached as an element of the CVR array). The halves' ballots are added in
 * file order, which gives the one-thread read's groups, counts and slices.
 *
 * <p>Anything else (the cut not reached as a CVR, an error in either half, a top-level key of the second half that
 * the first half read too, identities kept) leaves the report to the one-thread read, so that an error is reported
 * exactly as that read reports it. Nothing is added to the reading's ballots before both halves have been read.
 */
final class CdfJsonHalves {

    /** Below this size, a second thread costs more than it saves. */
    private static final long MIN_BYTES = 64L << 20;
    private static final byte[] TYPE = "\"CVR.CVR\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = "\"@type\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INSIDE = "{\"CVR\":[".getBytes(StandardCharsets.US_ASCII);

    private CdfJsonHalves() {
    }

    /** The size from which a file is read by halves: never on one processor, where halves only add work. */
    static long minBytes() {
        return Runtime.getRuntime().availableProcessors() < 2 ? Long.MAX_VALUE : MIN_BYTES;
    }

    /** A half's ballots and the top-level keys it read (the first: up to and with CVR; the second: after it). */
    private record Half(RankedBallots ballots, Set<String> keys) {
    }

    static boolean read(Path path, String file, CdfDirectory directory, long minBytes, RankedBallots.Builder into,
            Supplier<RankedBallots.Builder> fresh) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long cut = size < minBytes || into.keepsIdentities() ? -1 : cut(channel, size / 2);
            return cut >= 0 && readAt(path, file, directory, cut, into, fresh);
        } catch (IOException e) {
            return false;
        }
    }

    /** As {@link #read}, cut at {@code cut}, whether or not a CVR seems to begin there. */
    static boolean readAt(Path path, String file, CdfDirectory directory, long cut, RankedBallots.Builder into,
            Supplier<RankedBallots.Builder> fresh) {
        if (into.keepsIdentities()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            Halves.Both<Half> both = Halves.read("cdf-json-second-half",
                    () -> first(path, cut, file, directory, fresh.get()),
                    () -> second(path, cut, size, file, directory, fresh.get()));
            if (both.first() == null || both.second() == null
                    || both.second().keys().stream().anyMatch(both.first().keys()::contains)) {
                return false;
            }
            Halves.addAll(into, both.first().ballots(), both.second().ballots());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The offset of the first opening brace at or after {@code from} that {@code "@type": "CVR.CVR"} follows, or
     * -1.
     */
    private static long cut(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = Halves.window(channel, from);
        byte[] b = buffer.array();
        int n = buffer.limit();
        for (int i = 0; i + TYPE.length <= n; i++) {
            if (!at(b, i, TYPE)) {
                continue;
            }
            int k = blanksBack(b, i - 1);
            if (k < 0 || b[k] != ':') {
                continue;
            }
            k = blanksBack(b, k - 1) - KEY.length + 1;
            if (k < 0 || !at(b, k, KEY)) {
                continue;
            }
            k = blanksBack(b, k - 1);
            if (k >= 0 && b[k] == '{') {
                return from + k;
            }
        }
        return -1;
    }

    private static boolean at(byte[] b, int i, byte[] what) {
        for (int j = 0; j < what.length; j++) {
            if (b[i + j] != what[j]) {
                return false;
            }
        }
        return true;
    }

    /** The last index at or before {@code i} that is not JSON whitespace, or -1. */
    private static int blanksBack(byte[] b, int i) {
        while (i >= 0 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i--;
        }
        return i;
    }

    /** The report from its start as the one-thread read parses it, up to the CVR that begins at {@code cut}. */
    private static Half first(Path path, long cut, String file, CdfDirectory directory, RankedBallots.Builder ballots)
            throws IOException {
        try (JsonParser parser = CdfJsonCvrReader.open(path, file)) {
            Set<String> seen = new HashSet<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!seen.add(key) || (key.equals("CVR") && value != JsonToken.START_ARRAY)) {
                    return null;
                }
                if (!key.equals("CVR")) {
                    parser.skipChildren();
                    continue;
                }
                CdfJsonCvr cvr = new CdfJsonCvr(file, directory);
                long index = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    long offset = parser.currentTokenLocation().getByteOffset();
                    if (offset == cut && e == JsonToken.START_OBJECT) {
                        return new Half(ballots.build(), seen);
                    }
                    if (offset > cut) {
                        return null;
                    }
                    cvr.read(parser, e, index++, ballots);
                }
                return null; // the CVR array ends before the cut
            }
            return null;
        }
    }

    /** The CVRs from the cut to the end of the CVR array, then the report's other keys after it. */
    private static Half second(Path path, long cut, long size, String file, CdfDirectory directory,
            RankedBallots.Builder ballots) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                InputStream in = new SequenceInputStream(new ByteArrayInputStream(INSIDE),
                        new FileRange(channel, cut, size));
                JsonParser parser = JsonTree.STREAMING.createParser(in)) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            CdfJsonCvr cvr = new CdfJsonCvr(file, directory);
            long index = 0;
            for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                cvr.read(parser, e, index++, ballots);
            }
            Set<String> keys = new HashSet<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                if (key.equals("CVR") || !keys.add(key)) {
                    return null;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return new Half(ballots.build(), keys);
        }
    }
}
