package org.bellwether.core.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawing of lots that anyone can repeat from its seed, on any platform.
 *
 * <p>The random numbers are SplitMix64 (Steele, Lea and Flood, 2014), the generator of
 * {@link java.util.SplittableRandom}: the state starts at the seed and grows by 0x9E3779B97F4A7C15 per draw,
 * and each state is scrambled by {@link #mix}. It is written out here rather than borrowed so that the draw
 * stays the same whatever a future JDK does inside its own classes.
 */
final class Lot {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    Lot(long seed) {
        this.state = seed;
    }

    /**
     * Draws every item as names are drawn from a hat, one at a time: each draw picks uniformly among the items
     * still in the hat, counted in their starting order. Returns the items in the order drawn.
     */
    <T> List<T> drawAll(List<T> hat) {
        List<T> left = new ArrayList<>(hat);
        List<T> drawn = new ArrayList<>(hat.size());
        while (!left.isEmpty()) {
            drawn.add(left.remove(below(left.size())));
        }
        return List.copyOf(drawn);
    }

    /**
     * A uniform whole number in [0, bound). Taking 63 random bits modulo {@code bound} would favour small numbers
     * when 2^63 is not a multiple of {@code bound}, so a draw that lands in the last, incomplete block of
     * {@code bound} values is thrown away and drawn again (the method of {@link java.util.Random#nextInt(int)}).
     */
    int below(int bound) {
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
