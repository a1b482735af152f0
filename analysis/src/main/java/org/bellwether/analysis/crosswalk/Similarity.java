package org.bellwether.analysis.crosswalk;

/**
 * How alike two names are: 1 − (edit distance ÷ length of the longer name), on normalised names. The edit
 * distance is Levenshtein's (insertions, deletions and substitutions of one character, each costing 1), so one
 * typo in an 11-letter name ({@code LASSSITER 1} / {@code LASSITER 1}) scores 1 − 1/11 = 0.909. Symmetric, 1 for
 * equal names, 0 for names with nothing in common position by position.
 */
public final class Similarity {

    private Similarity() {
    }

    public static double score(String a, String b) {
        String x = Names.normalise(a);
        String y = Names.normalise(b);
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(x, y) / longer;
    }

    /** Levenshtein distance by the two-row dynamic programme. */
    static int distance(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
