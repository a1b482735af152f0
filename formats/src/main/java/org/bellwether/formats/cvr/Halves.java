package org.bellwether.formats.cvr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.bellwether.core.ranked.RankedBallots;

/**
 * What the two-thread readers ({@link RankCsvHalves}, {@link CdfJsonHalves}) share: the second half read on a
 * thread of its own while this thread reads the first, and the halves' groups added to the reading's ballots.
 */
final class Halves {

    private Halves() {
    }

    /** The two halves as read; either is null when its reading failed (the caller then reads on one thread). */
    record Both<H>(H first, H second) {
    }

    /** Reads {@code second} on a new thread named {@code name} and {@code first} on this one, and waits for both. */
    static <H> Both<H> read(String name, Callable<H> first, Callable<H> second) {
        AtomicReference<H> later = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name(name).start(() -> {
            try {
                later.set(second.call());
            } catch (Exception e) {
                later.set(null); // any failure: the one-thread read reports it
            }
        });
        H now;
        try {
            now = first.call();
        } catch (Exception e) {
            now = null;
        } finally {
            join(reader);
        }
        return new Both<>(now, later.get());
    }

    /** The groups of halves read apart, added in their order (first appearance), with their counts and slices. */
    static void addAll(RankedBallots.Builder into, RankedBallots first, RankedBallots second) {
        for (RankedBallots half : new RankedBallots[] {first, second}) {
            for (int g = 0; g < half.groups(); g++) {
                int[] marks = half.marks(g);
                into.add(marks, marks.length, half.bySlice() ? half.sliceNames().get(half.slice(g)) : null,
                        half.count(g));
            }
        }
    }

    /** Up to 1 MiB of a file from {@code from}, where a reader looks for its cut: the bytes read, 0 to the limit. */
    static ByteBuffer window(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        channel.read(buffer, from);
        return buffer.flip();
    }

    /** Waits for a half's thread, keeping an interrupt for the caller. */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
