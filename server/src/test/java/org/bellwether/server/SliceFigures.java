package org.bellwether.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a served count's rounds (one pass of the rounds endpoint's JSON) with an RCTab detailed summary (RCTab's
 * own, or the command line's RCTab JSON), figure by figure: each round's tallies, threshold, inactive ballots by
 * RCTab's causes, who was elected or eliminated, and the transfers from each.
 */
final class SliceFigures {

    private SliceFigures() {
    }

    /** What differs, one line each; empty when every figure is the same. */
    static List<String> differences(Object served, Object summary) {
        return differences(served, 1, summary);
    }

    /** The same, for pass {@code pass} (from 1) of the served count. */
    static List<String> differences(Object served, int pass, Object summary) {
        List<Object> ours = JsonTree.list(served, "passes", String.valueOf(pass - 1), "rounds");
        List<Object> theirs = JsonTree.list(summary, "results");
        List<String> out = new ArrayList<>();
        if (ours.size() != theirs.size()) {
            out.add(ours.size() + " rounds served, " + theirs.size() + " in the summary");
            return out;
        }
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, Object> o = JsonTree.object(ours.get(i));
            Map<String, Object> t = JsonTree.object(theirs.get(i));
            String r = "round " + (i + 1) + " ";
            compare(out, r + "tally", tallies(JsonTree.list(o, "tallies")), decimals(JsonTree.object(t, "tally")));
            if (((BigDecimal) o.get("threshold")).compareTo(new BigDecimal((String) t.get("threshold"))) != 0) {
                out.add(r + "threshold " + o.get("threshold") + " against " + t.get("threshold"));
            }
            Map<String, BigDecimal> inactive = decimals(JsonTree.object(t, "inactiveBallots"));
            Map<String, BigDecimal> served1 = new TreeMap<>();
            inactive.keySet().forEach(k -> served1.put(k, (BigDecimal) JsonTree.object(o, "inactive").get(k)));
            compare(out, r + "inactive", served1, inactive);
            compare(out, r + "decisions", decisions(o), results(t));
        }
        return out;
    }

    private static void compare(List<String> out, String what, Map<String, ?> ours, Map<String, ?> theirs) {
        if (!ours.keySet().equals(theirs.keySet())) {
            out.add(what + ": " + ours.keySet() + " against " + theirs.keySet());
            return;
        }
        for (String k : theirs.keySet()) {
            Object a = ours.get(k);
            Object b = theirs.get(k);
            boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
            if (!same) {
                out.add(what + " " + k + ": " + a + " against " + b);
            }
        }
    }

    private static Map<String, BigDecimal> tallies(List<Object> rows) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Object row : rows) {
            m.put((String) JsonTree.object(row).get("choice"), (BigDecimal) JsonTree.object(row).get("votes"));
        }
        return m;
    }

    private static Map<String, BigDecimal> decimals(Map<String, Object> figures) {
        Map<String, BigDecimal> m = new TreeMap<>();
        figures.forEach((k, v) -> m.put(k, new BigDecimal((String) v)));
        return m;
    }

    /** Each decision as "elected NAME" or "eliminated NAME", with its transfers (zeros left out, as RCTab does). */
    private static Map<String, String> decisions(Map<String, Object> round) {
        Map<String, String> m = new TreeMap<>();
        for (Object d : JsonTree.list(round, "decisions")) {
            Map<String, Object> decision = JsonTree.object(d);
            Map<String, BigDecimal> moved = new TreeMap<>();
            for (Object t : JsonTree.list(decision, "transfers")) {
                BigDecimal votes = (BigDecimal) JsonTree.object(t).get("votes");
                if (votes.signum() != 0) {
                    moved.put((String) JsonTree.object(t).get("to"), votes.stripTrailingZeros());
                }
            }
            m.put(decision.get("decision") + " " + decision.get("choice"), moved.toString());
        }
        return m;
    }

    private static Map<String, String> results(Map<String, Object> round) {
        Map<String, String> m = new TreeMap<>();
        for (Object r : JsonTree.list(round, "tallyResults")) {
            Map<String, Object> result = JsonTree.object(r);
            String what = result.containsKey("elected") ? "elected " + result.get("elected")
                    : "eliminated " + result.get("eliminated");
            Map<String, BigDecimal> moved = new TreeMap<>();
            Map<String, Object> transfers = JsonTree.object(result, "transfers");
            decimals(transfers == null ? Map.of() : transfers).forEach((k, v) -> {
                if (v.signum() != 0) {
                    moved.put(k, v.stripTrailingZeros());
                }
            });
            m.put(what, moved.toString());
        }
        return m;
    }
}
