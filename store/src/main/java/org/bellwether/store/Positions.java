package org.bellwether.store;

import java.util.Arrays;

/**
 * Decides where each row of a new version sits in its list (tallies, units, choices...), keeping the positions
 * rows had in the previous version wherever the new order allows. A row whose position is unchanged and whose
 * value is unchanged needs no stored row, so a precinct added in the middle of a list costs one row, not a
 * rewrite of every row after it.
 *
 * <p>The rows that keep their positions are a longest increasing run of previous positions (the fewest rows
 * move). Rows between two kept ones get evenly spaced positions in the gap between them; fresh lists are spaced
 * {@value #GAP} apart so that gaps exist. Only when a gap is too narrow is the whole list renumbered.
 */
final class Positions {

    /** Marks a row the previous version did not have (positions may be negative: rows put before the first). */
    static final int NONE = Integer.MIN_VALUE;
    static final int GAP = 16;

    private Positions() {
    }

    /** @param previous each new row's position in the previous version, or {@link #NONE} */
    static int[] assign(int[] previous) {
        if (strictlyIncreasing(previous)) {
            return previous.clone();
        }
        boolean[] kept = longestIncreasing(previous);
        int[] out = new int[previous.length];
        long last = -GAP;
        for (int i = 0; i < previous.length;) {
            if (kept[i]) {
                out[i] = previous[i];
                last = previous[i];
                i++;
                continue;
            }
            int end = i;
            while (end < previous.length && !kept[end]) {
                end++;
            }
            if (!fill(out, i, end, last, end < previous.length ? previous[end] : last + (long) GAP * (end - i + 1))) {
                return renumbered(previous.length);
            }
            last = out[end - 1];
            i = end;
        }
        return out;
    }

    /** Spreads rows {@code from..to-1} evenly between {@code low} and {@code high}, both exclusive. */
    private static boolean fill(int[] out, int from, int to, long low, long high) {
        int count = to - from;
        if (high - low - 1 < count || high > Integer.MAX_VALUE) {
            return false;
        }
        long step = (high - low) / (count + 1);
        for (int k = from; k < to; k++) {
            out[k] = (int) (low + step * (k - from + 1));
        }
        return true;
    }

    static int[] renumbered(int size) {
        int gap = (int) Math.max(1, Math.min(GAP, Integer.MAX_VALUE / Math.max(1L, size)));
        int[] out = new int[size];
        Arrays.setAll(out, i -> i * gap);
        return out;
    }

    private static boolean strictlyIncreasing(int[] positions) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == NONE || i > 0 && positions[i] <= positions[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Marks a longest strictly increasing subsequence of the known positions (patience sorting, n log n). */
    static boolean[] longestIncreasing(int[] positions) {
        int n = positions.length;
        int[] tails = new int[n];
        int[] parent = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (positions[i] == NONE) {
                continue;
            }
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (positions[tails[mid]] < positions[i]) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            parent[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = parent[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
