package org.bellwether.core;

import java.util.Locale;

/** The kind of election day, as officials classify it. */
public enum ElectionType {
    GENERAL, PRIMARY, SPECIAL, RUNOFF, UNKNOWN;

    /**
     * The kind of election from the name a source gives it. A runoff of a special election is a runoff, and
     * Georgia calls its May primary the "General Primary", so runoff is tried first and primary before general.
     */
    public static ElectionType fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("runoff")) {
            return RUNOFF;
        } else if (lower.contains("special")) {
            return SPECIAL;
        } else if (lower.contains("primary")) {
            return PRIMARY;
        } else if (lower.contains("general")) {
            return GENERAL;
        }
        return UNKNOWN;
    }
}
