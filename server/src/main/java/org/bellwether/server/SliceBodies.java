package org.bellwether.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The precincts' (or batches') bodies of the versions asked for most recently, within a byte budget: a set is built
 * when first asked for (once, however many ask at the same time) and the least recently asked are let go while the
 * bodies held exceed the budget. A set let go is built again, byte for byte, from the stored version. Recency, not
 * frequency, decides: the newest version, which is asked for most on a night, must not be turned away for older
 * sets that were asked often before it existed.
 */
final class SliceBodies {

    /** A contest of a version; version numbers are the store's, unique across its elections. */
    record Key(long version, int contest) {
    }

    private record Held(List<byte[]> bodies, long bytes) {
    }

    private final long budget;
    private final LinkedHashMap<Key, Held> held = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, FutureTask<Held>> building = new HashMap<>();
    private long bytes;
    private long built;

    /** {@code budget}: the bytes of bodies held; the set asked for last is held even when alone it is more. */
    SliceBodies(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("slice bodies' budget " + budget + " is negative");
        }
        this.budget = budget;
    }

    /**
     * The bodies of {@code key}, by slice id, built by {@code build} unless held or being built (then this waits for
     * that build and answers with its bodies).
     */
    List<byte[]> get(Key key, Supplier<List<byte[]>> build) {
        FutureTask<Held> task;
        boolean mine;
        synchronized (this) {
            Held h = held.get(key);
            if (h != null) {
                return h.bodies();
            }
            task = building.get(key);
            mine = task == null;
            if (mine) {
                task = new FutureTask<>(() -> weigh(build.get()));
                building.put(key, task);
            }
        }
        if (mine) {
            task.run(); // outside the lock: counting a version takes a while, and other sets are served meanwhile
            hold(key, task);
        }
        return outcome(task).bodies();
    }

    private static Held weigh(List<byte[]> bodies) {
        List<byte[]> copy = List.copyOf(bodies);
        long n = 0;
        for (byte[] b : copy) {
            n += b.length;
        }
        return new Held(copy, n);
    }

    /** Moves a finished build from building to held (in one step, so that nobody builds it twice), then trims. */
    private synchronized void hold(Key key, FutureTask<Held> task) {
        building.remove(key);
        Held h;
        try {
            h = outcome(task);
        } catch (RuntimeException | Error e) {
            return; // not held: the next request tries again, and this one's caller sees the failure
        }
        built++;
        held.put(key, h);
        bytes += h.bytes();
        var eldest = held.entrySet().iterator();
        while (bytes > budget && held.size() > 1) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    private static Held outcome(FutureTask<Held> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the slices' bodies were built", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error r -> throw r;
                case null, default -> throw new IllegalStateException("building the slices' bodies failed",
                        e.getCause());
            }
        }
    }

    /** How many sets were built so far (each build of a set let go and asked for again counts). */
    synchronized long built() {
        return built;
    }

    /** The bytes of the bodies held now. */
    synchronized long heldBytes() {
        return bytes;
    }

    /** The sets held now, least recently asked for first. */
    synchronized List<Key> heldSets() {
        return List.copyOf(held.keySet());
    }
}
