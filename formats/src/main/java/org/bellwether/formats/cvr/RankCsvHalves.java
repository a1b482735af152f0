package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bellwether.core.ranked.RankedBallots;

/**
 * Reads a large rank-column CSV file on two threads: the file is cut after the first line break past its middle,
 * each half parsed and grouped on its own thread into its own ballots, and the halves added to the reading's
 * ballots in file order, which gives the groups (first appearance), counts and slices of the one-thread read.
 *
 * <p>The cut is a record boundary of the one-thread parse only when no quoted field of the first half spans it,
 * and the second half parses as the one-thread read would only if the first half holds every heading row and its
 * first record has the second half's field count (FastCSV's check); so the halves are used only when the first
 * half has no quoted field, holds the heading rows and both halves read without error with the same field count.
 * Anything else (a quote, an error, a cut not found, identities kept) leaves the file to the one-thread read, so
 * that an error is reported exactly as that read reports it, with its line. Nothing is added to the reading's
 * ballots before both halves have been read.
 */
final class RankCsvHalves {

    /** Below this size, a second thread costs more than it saves. */
    private static final long MIN_BYTES = 16L << 20;

    private RankCsvHalves() {
    }

    /** The size from which a file is read by halves: never on one processor, where halves only add work. */
    static long minBytes() {
        return Runtime.getRuntime().availableProcessors() < 2 ? Long.MAX_VALUE : MIN_BYTES;
    }

    /** One half as read: its ballots, records, the first record's field count, whether any field was quoted. */
    private record Half(RankedBallots ballots, long rows, int firstFields, boolean quoted) {
    }

    /**
     * Reads {@code path} into {@code into} by halves and returns true, or returns false having added nothing
     * (the caller then reads the file on one thread). {@code fresh} makes an empty builder like {@code into};
     * {@code columns} the row reader for a builder; {@code headingRows} is the number of rows before the first
     * ballot row.
     */
    static boolean read(Path path, long minBytes, RankedBallots.Builder into, Supplier<RankedBallots.Builder> fresh,
            Function<RankedBallots.Builder, RankColumns> columns, long headingRows) {
        if (into.keepsIdentities()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < minBytes) {
                return false;
            }
            long cut = cut(channel, size / 2);
            if (cut < 0) {
                return false;
            }
            Halves.Both<Half> both = Halves.read("rank-csv-second-half",
                    () -> half(path, 0, cut, fresh.get(), columns, headingRows),
                    () -> half(path, cut, size, fresh.get(), columns, 0));
            Half first = both.first();
            Half second = both.second();
            if (first == null || second == null || first.quoted() || first.rows() < headingRows
                    || first.rows() + second.rows() > CvrLimits.MAX_ROWS
                    || (second.firstFields() >= 0 && second.firstFields() != first.firstFields())) {
                return false;
            }
            Halves.addAll(into, first.ballots(), second.ballots());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The offset just past the first line feed at or after {@code from}, or -1 if none is near. */
    private static long cut(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = Halves.window(channel, from);
        for (int i = 0; i < buffer.limit(); i++) {
            if (buffer.get(i) == '\n') {
                return from + i + 1 < channel.size() ? from + i + 1 : -1;
            }
        }
        return -1;
    }

    /** Rows before {@code ballotRowsFrom} (counted from 0 in this half) are not ballots. */
    private static Half half(Path path, long from, long to, RankedBallots.Builder ballots,
            Function<RankedBallots.Builder, RankColumns> columns, long ballotRowsFrom) {
        RankColumns rows = columns.apply(ballots);
        RankCells handler = new RankCells();
        rows.matchAsParsed(handler);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                CsvReader<RankCells> csv = CsvReader.builder().build(handler, new FileRange(channel, from, to),
                        StandardCharsets.UTF_8)) {
            long row = 0;
            int firstFields = -1;
            for (RankCells cells : csv) {
                if (row == 0) {
                    firstFields = cells.size();
                }
                if (row >= CvrLimits.MAX_ROWS) {
                    throw new IllegalStateException("too many rows for one half");
                }
                if (row >= ballotRowsFrom) {
                    rows.row(row, cells);
                }
                row++;
            }
            return new Half(ballots.build(), row, firstFields, handler.sawQuoted());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
