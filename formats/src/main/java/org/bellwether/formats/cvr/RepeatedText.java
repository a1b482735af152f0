package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The text of a JSON scalar, as one String per distinct value: a CVR report repeats the same few ids and flags on
 * every ballot (contest and selection ids, {@code yes}, ranks), so each is matched from the parser's characters
 * against those already made instead of made again. Bounded: past {@link #MAX_KEPT} distinct values, a new one is
 * made but not kept, so a file of all-different values costs one probe each and no memory.
 */
final class RepeatedText {

    static final int MAX_KEPT = 1 << 12;

    private final String[] table = new String[MAX_KEPT * 2];
    private final char[][] tableChars = new char[MAX_KEPT * 2][];
    private int kept;

    /** The current token's text (a string or a number as written). */
    String of(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int length = parser.getTextLength();
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String made = new String(chars, from, length);
                if (kept < MAX_KEPT) {
                    table[slot] = made;
                    tableChars[slot] = made.toCharArray();
                    kept++;
                }
                return made;
            }
            char[] knownChars = tableChars[slot];
            if (known.hashCode() == hash && java.util.Arrays.equals(knownChars, 0, knownChars.length, chars, from,
                    from + length)) {
                return known;
            }
        }
    }
}
