package org.bellwether.formats.cvr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two RCTab summary JSON files field by field, as RCTab's own tests do: every key and value equal
 * (values compared as the strings written, so 9452 and 9452.0000 differ), {@code generatedBy} ignored. The actions
 * of one round ({@code tallyResults}) are compared as a set: RCTab lists candidates decided in one round with
 * equal votes in the order of a hash map.
 */
final class SummaryComparison {

    private SummaryComparison() {
    }

    /** Every difference, as "path: expected X, was Y". */
    static List<String> differences(InputStream expected, byte[] actual) throws IOException {
        List<String> out = new ArrayList<>();
        compare("$", JsonTree.read(expected), JsonTree.read(new ByteArrayInputStream(actual)), out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void compare(String path, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Object key : ma.keySet()) {
                if (key.equals("generatedBy")) {
                    continue;
                }
                if (!mb.containsKey(key)) {
                    out.add(path + "." + key + ": missing");
                } else {
                    compare(path + "." + key, ma.get(key), mb.get(key), out);
                }
            }
            for (Object key : mb.keySet()) {
                if (!ma.containsKey(key)) {
                    out.add(path + "." + key + ": not expected, was " + mb.get(key));
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (path.endsWith("tallyResults")) {
                List<Object> left = new ArrayList<>((List<Object>) lb);
                for (Object item : la) {
                    if (!left.remove(item)) {
                        out.add(path + ": expected action " + item + " not found in " + lb);
                    }
                }
                if (!left.isEmpty() && out.isEmpty()) {
                    out.add(path + ": unexpected actions " + left);
                }
                return;
            }
            if (la.size() != lb.size()) {
                out.add(path + ": expected " + la.size() + " items, was " + lb.size());
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                compare(path + "[" + i + "]", la.get(i), lb.get(i), out);
            }
        } else if (!Objects.equals(a, b)) {
            out.add(path + ": expected " + a + ", was " + b);
        }
    }
}
