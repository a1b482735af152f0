package org.bellwether.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The packed form of a run of ballots (schema 3's {@code cvr_ballot_block.data}): per ballot, varints of its
 * ranking, precinct, batch and tabulator ids, then its id front-coded against the ballot before, all deflated.
 * Consecutive ballots share most of their id ("92200-113-62", "92200-113-63") and often their precinct and batch,
 * which deflate then stores in a few bits. From schema 5 on ({@link #RCTAB}), each ballot then carries varints of
 * its source and precinct portion, and RCTab's id and the vendor's id, each front-coded against the ballot
 * before's in the same way.
 */
final class BallotBlocks {

    /** Ballots per block: a million ballots make 123 rows. */
    static final int SIZE = 8_192;
    /** The most bytes one block may inflate to: a damaged or hostile row must not exhaust memory. */
    private static final int MAX_INFLATED = SIZE * 4 * 1024;

    private BallotBlocks() {
    }

    /** Schema 3's blocks (block_format 1): no source, portion, RCTab id or vendor id. */
    static final int PLAIN = 1;
    /** Schema 5's blocks (block_format 2): with what RCTab's export names each ballot by. */
    static final int RCTAB = 2;

    /** One ballot as a block holds it; a {@link #PLAIN} block gives source and portion 0 and empty RCTab ids. */
    record Ballot(int ranking, int precinct, int batch, int tabulator, String id, int source, int portion,
            String rctabId, String vendorId) {
    }

    /** Packs ballots into one block's raw bytes (before deflating), in a plain growing array. */
    static final class Packer {
        private final int format;
        private byte[] raw = new byte[SIZE * 16];
        private int size;
        private byte[] previousId = new byte[0];
        private byte[] previousRctabId = new byte[0];
        private byte[] previousVendorId = new byte[0];
        private int ballots;

        Packer(int format) {
            this.format = format;
        }

        void add(Ballot b) {
            varint(b.ranking());
            varint(b.precinct());
            varint(b.batch());
            varint(b.tabulator());
            previousId = frontCoded(previousId, b.id());
            if (format == RCTAB) {
                varint(b.source());
                varint(b.portion());
                previousRctabId = frontCoded(previousRctabId, b.rctabId());
                previousVendorId = frontCoded(previousVendorId, b.vendorId());
            }
            ballots++;
        }

        /** Writes the length of the prefix shared with {@code previous}, the length of the rest and the rest. */
        private byte[] frontCoded(byte[] previous, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int shared = Arrays.mismatch(previous, bytes);
            if (shared < 0) {
                shared = bytes.length;
            }
            varint(shared);
            varint(bytes.length - shared);
            room(bytes.length - shared);
            System.arraycopy(bytes, shared, raw, size, bytes.length - shared);
            size += bytes.length - shared;
            return bytes;
        }

        int ballots() {
            return ballots;
        }

        byte[] raw() {
            return Arrays.copyOf(raw, size);
        }

        private void room(int n) {
            if (size + n > raw.length) {
                raw = Arrays.copyOf(raw, Math.max(size + n, raw.length * 2));
            }
        }

        private void varint(int value) {
            room(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                raw[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            raw[size++] = (byte) v;
        }
    }

    static byte[] deflate(byte[] raw) {
        // the fastest level: deflating is most of an import's own time, and the blocks shrink nearly as much
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
            byte[] buffer = new byte[16_384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Reads a block back: exactly {@code count} ballots, or a {@link StoreException} naming the block. */
    static Ballot[] unpack(byte[] deflated, int count, int format, String block) {
        byte[] raw = inflate(deflated, block);
        Ballot[] out = new Ballot[count];
        int[] at = {0};
        byte[][] previous = {new byte[0], new byte[0], new byte[0]};
        for (int i = 0; i < count; i++) {
            int ranking = varint(raw, at, block);
            int precinct = varint(raw, at, block);
            int batch = varint(raw, at, block);
            int tabulator = varint(raw, at, block);
            String id = frontCoded(raw, at, previous, 0, block);
            if (format == RCTAB) {
                int source = varint(raw, at, block);
                int portion = varint(raw, at, block);
                out[i] = new Ballot(ranking, precinct, batch, tabulator, id, source, portion,
                        frontCoded(raw, at, previous, 1, block), frontCoded(raw, at, previous, 2, block));
            } else {
                out[i] = new Ballot(ranking, precinct, batch, tabulator, id, 0, 0, "", "");
            }
        }
        if (at[0] != raw.length) {
            throw damaged(block, "holds more than its " + count + " ballots");
        }
        return out;
    }

    /** One front-coded text, against {@code previous[which]}, which it then replaces. */
    private static String frontCoded(byte[] raw, int[] at, byte[][] previous, int which, String block) {
        int shared = varint(raw, at, block);
        int rest = varint(raw, at, block);
        if (shared > previous[which].length || rest > raw.length - at[0]) {
            throw damaged(block, "a ballot id runs past its block");
        }
        byte[] text = Arrays.copyOf(previous[which], shared + rest);
        System.arraycopy(raw, at[0], text, shared, rest);
        at[0] += rest;
        previous[which] = text;
        return new String(text, StandardCharsets.UTF_8);
    }

    private static byte[] inflate(byte[] deflated, String block) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(block, "is cut short");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw damaged(block, "inflates to more than " + MAX_INFLATED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged(block, "is not deflated data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int varint(byte[] raw, int[] at, String block) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (at[0] >= raw.length) {
                throw damaged(block, "ends inside a ballot");
            }
            int b = raw[at[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw damaged(block, "holds a negative id");
                }
                return value;
            }
        }
        throw damaged(block, "holds a number longer than 32 bits");
    }

    private static StoreException damaged(String block, String problem) {
        return StoreException.unusable(block + " " + problem + ": the store is damaged");
    }
}
