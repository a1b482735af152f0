package org.bellwether.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bellwether.core.ElectionBuilder;

/**
 * Reads files into builders of their own, as many at a time as there are cores, and hands each over in the files'
 * order as soon as it and those before it are read, so that appending them keeps the order of a read in turn
 * while the next files are still being read. Nothing here reports an error: a file that fails, or a part the
 * caller refuses, ends the whole and the caller reads the files in turn, which finds the same error, with the
 * line and the earlier file a message names, first.
 */
final class FilesInParallel {

    /** Takes each file's builder in the files' order; false refuses it and stops the read. */
    @FunctionalInterface
    interface Parts {
        boolean take(int file, ElectionBuilder part);
    }

    static final int THREADS = Runtime.getRuntime().availableProcessors();

    private FilesInParallel() {
    }

    /** Whether every file was read and taken; false leaves the rest unread. */
    static boolean read(Readers readers, List<Path> files, ReadOptions options, Parts parts) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, files.size()),
                Thread.ofPlatform().daemon().name("read-", 1).factory());
        try {
            List<Future<ElectionBuilder>> reads = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                reads.add(pool.submit(() -> {
                    ElectionBuilder part = new ElectionBuilder();
                    readers.readInto(file, part, options);
                    return part;
                }));
            }
            for (int i = 0; i < reads.size(); i++) {
                ElectionBuilder part = reads.get(i).get();
                reads.set(i, null); // the builder is appended and dropped: memory for one file at a time
                if (!parts.take(i, part)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
