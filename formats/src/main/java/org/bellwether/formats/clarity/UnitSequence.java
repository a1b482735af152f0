package org.bellwether.formats.clarity;

import java.util.Arrays;

/**
 * The units of the previous list (a vote type's precincts), in order, to match the next list against. It grows
 * with the longest list read, which is bounded by the units of the file.
 */
final class UnitSequence {

    private String[] tags = new String[64];
    private String[] names = new String[64];
    private int[] units = new int[64];
    private int length;
    private int position;

    void restart() {
        position = 0;
    }

    /** The unit at the current position when the previous list had the same tag and name there, else -1. */
    int next(String tag, String name) {
        int at = position++;
        if (at < length && names[at].equals(name) && tags[at].equals(tag)) {
            return units[at];
        }
        return -1;
    }

    /** Records the unit found for the position {@link #next} just looked at. */
    void replace(String tag, String name, int unit) {
        int at = position - 1;
        if (at == names.length) {
            tags = Arrays.copyOf(tags, at * 2);
            names = Arrays.copyOf(names, at * 2);
            units = Arrays.copyOf(units, at * 2);
        }
        tags[at] = tag;
        names[at] = name;
        units[at] = unit;
        length = Math.max(length, at + 1);
    }
}
