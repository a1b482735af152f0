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
 * which deflate then stores in a few bits.
 */
final class BallotBlocks {

    /** Ballots per block: a million ballots make 123 rows. */
    static final int SIZE = 8_192;
    /** The most bytes one block may inflate to: a damaged or hostile row must not exhaust memory. */
    private static final int MAX_INFLATED = SIZE * 4 * 1024;

    private BallotBlocks() {
    }

    /** One ballot as a block holds it. */
    record Ballot(int ranking, int precinct, int batch, int tabulator, String id) {
    }

    /** Packs ballots into one block's raw bytes (before deflating), in a plain growing array. */
    static final class Packer {
        private byte[] raw = new byte[SIZE * 16];
        private int size;
        private byte[] previousId = new byte[0];
        private int ballots;

        void add(int ranking, int precinct, int batch, int tabulator, String id) {
            varint(ranking);
            varint(precinct);
            varint(batch);
            varint(tabulator);
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
            int shared = Arrays.mismatch(previousId, bytes);
            if (shared < 0) {
                shared = bytes.length;
            }
            varint(shared);
            varint(bytes.length - shared);
            room(bytes.length - shared);
            System.arraycopy(bytes, shared, raw, size, bytes.length - shared);
            size += bytes.length - shared;
            previousId = bytes;
            ballots++;
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
    static Ballot[] unpack(byte[] deflated, int count, String block) {
        byte[] raw = inflate(deflated, block);
        Ballot[] out = new Ballot[count];
        int[] at = {0};
        byte[] previous = new byte[0];
        for (int i = 0; i < count; i++) {
            int ranking = varint(raw, at, block);
            int precinct = varint(raw, at, block);
            int batch = varint(raw, at, block);
            int tabulator = varint(raw, at, block);
            int shared = varint(raw, at, block);
            int rest = varint(raw, at, block);
            if (shared > previous.length || rest > raw.length - at[0]) {
                throw damaged(block, "a ballot id runs past its block");
            }
            byte[] id = Arrays.copyOf(previous, shared + rest);
            System.arraycopy(raw, at[0], id, shared, rest);
            at[0] += rest;
            previous = id;
            out[i] = new Ballot(ranking, precinct, batch, tabulator, new String(id, StandardCharsets.UTF_8));
        }
        if (at[0] != raw.length) {
            throw damaged(block, "holds more than its " + count + " ballots");
        }
        return out;
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
