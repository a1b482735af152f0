package org.bellwether.formats.cvr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.RankedBallots;

/**
 * What the text of a rank cell means: a candidate (by name or alias), the overvote label, the undeclared
 * write-in label, the skipped-rank label, or nothing known. Looked up from chars without making a String: the
 * few names are bucketed by length and first character and compared char by char.
 */
final class Names {

    static final int UNKNOWN = -1;
    static final int SKIPPED = -2;

    private final Map<String, Integer> byName = new HashMap<>();
    private final char[][][] buckets = new char[256][][];
    private final int[][] codes = new int[256][];

    Names(Map<String, Integer> candidates, CvrSource source, int uwi) {
        Map<String, Integer> all = new HashMap<>(candidates);
        if (!source.skippedRankLabel().isEmpty()) {
            all.put(source.skippedRankLabel(), SKIPPED);
        }
        if (!source.overvoteLabel().isEmpty()) {
            all.put(source.overvoteLabel(), RankedBallots.OVERVOTE);
        }
        if (!source.undeclaredWriteInLabel().isEmpty() && uwi >= 0) {
            all.put(source.undeclaredWriteInLabel(), uwi);
        }
        byName.putAll(all);
        List<List<Map.Entry<String, Integer>>> lists = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lists.add(new ArrayList<>());
        }
        for (Map.Entry<String, Integer> e : all.entrySet()) {
            String name = e.getKey();
            lists.get(bucket(name.length(), name.charAt(0))).add(e);
        }
        for (int i = 0; i < 256; i++) {
            List<Map.Entry<String, Integer>> list = lists.get(i);
            buckets[i] = new char[list.size()][];
            codes[i] = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                buckets[i][k] = list.get(k).getKey().toCharArray();
                codes[i][k] = list.get(k).getValue();
            }
        }
    }

    private static int bucket(int length, char first) {
        return ((length & 15) << 4) | (first & 15);
    }

    /** The meaning of an already trimmed, non-empty text. */
    int lookup(String text) {
        Integer code = byName.get(text);
        return code == null ? UNKNOWN : code;
    }

    /** The meaning of {@code len} trimmed, non-empty chars at {@code off}. */
    int lookup(char[] buf, int off, int len) {
        int b = bucket(len, buf[off]);
        char[][] names = buckets[b];
        for (int k = 0; k < names.length; k++) {
            if (same(names[k], buf, off, len)) {
                return codes[b][k];
            }
        }
        return UNKNOWN;
    }

    /** A plain loop: names are a few dozen chars at most, too short for {@code Arrays.equals}' set-up to pay. */
    private static boolean same(char[] name, char[] buf, int off, int len) {
        if (name.length != len) {
            return false;
        }
        for (int j = len - 1; j >= 0; j--) {
            if (name[j] != buf[off + j]) {
                return false;
            }
        }
        return true;
    }
}
