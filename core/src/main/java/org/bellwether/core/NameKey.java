package org.bellwether.core;

import java.text.Normalizer;

/**
 * What two names must share to be the same contest, choice or unit: their NFKC form with format characters (a
 * zero-width space, a soft hyphen, a byte-order mark, bidirectional marks) removed and every run of white space
 * made one space, stripped. A county written {@code Cobb\u200B} in one row and {@code Cobb} in the next is one
 * county, not two that would count its votes twice. The name as first written is what outputs show.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        return plain(name) ? name : normalised(name);
    }

    /** The common case, decided without allocating: printable ASCII with single inner spaces, none at the ends. */
    static boolean plain(String name) {
        int n = name.length();
        if (n > 0 && (name.charAt(0) == ' ' || name.charAt(n - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String normalised(String name) {
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.appendCodePoint(cp);
        }
        return key.toString();
    }
}
