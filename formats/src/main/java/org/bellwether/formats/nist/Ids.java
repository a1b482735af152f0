package org.bellwether.formats.nist;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ObjectIds for writing, stable across runs since they derive from positions and names only. A unit keeps its own
 * ID when it is already a valid XML ID (so a file read from NIST keeps its IDs); otherwise it gets
 * {@code gpu-<slug>-<n>} and the writer keeps its real ID in an ExternalIdentifier. IDs made for other objects have
 * prefixes no kept unit ID may take, so every ObjectId in a document is unique, as {@code xsd:ID} requires.
 */
final class Ids {

    private static final Pattern XML_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,199}");
    private static final Pattern RESERVED = Pattern.compile("(gpu|contest|candidate|party)-.*");

    private final Set<String> used = new HashSet<>();

    /** The unit's own ID when it can serve, else a derived one. */
    String unit(String id, int index) {
        if (XML_ID.matcher(id).matches() && !RESERVED.matcher(id).matches() && used.add(id)) {
            return id;
        }
        String derived = "gpu-" + slug(id) + "-" + (index + 1);
        used.add(derived);
        return derived;
    }

    static boolean kept(String id, String objectId) {
        return id.equals(objectId);
    }

    static String contest(int contest) {
        return "contest-" + (contest + 1);
    }

    static String selection(int contest, int choice) {
        return contest(contest) + "-choice-" + (choice + 1);
    }

    static String candidate(int contest, int choice) {
        return "candidate-" + (contest + 1) + "-" + (choice + 1);
    }

    static String party(int party) {
        return "party-" + (party + 1);
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "unit" : s;
    }
}
