package org.bellwether.formats.report;

/**
 * Names from a results file made safe for a terminal and for text output: a name may hold a newline (it would forge
 * a line, "FAKE LINE is elected."), an escape sequence (it would recolour or rewrite the screen), a carriage return
 * or a bidirectional override (it would make the line read otherwise than it is). Each such character is written
 * as a visible escape: {@code \n}, {@code \r}, {@code \t}, {@code \x1B} for other C0 and C1 controls and DEL, and
 * {@code \u202E} for bidirectional controls and the Unicode line and paragraph separators. Everything else, accents
 * and scripts included, passes unchanged. JSON output escapes by its own rules and does not use this.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code text} with every character that could move the cursor or reorder the line escaped. */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x100) {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u2028' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
