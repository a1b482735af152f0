package org.bellwether.formats.clarity;

import java.nio.charset.StandardCharsets;

/**
 * Recognises a Clarity file from its first bytes: XML whose root element is {@code <ElectionResult>}, or a zip
 * whose first entry is {@code detail.xml}. Only the markup is looked at, so ISO-8859-1 decodes any ASCII-based
 * encoding well enough. A DOCTYPE is stepped over, so that a hostile file is recognised and then refused with a
 * clear message rather than called an unknown layout.
 */
final class Heads {

    private static final String ROOT = "<" + DetailParser.ROOT;

    private Heads() {
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** A zip whose first local header names {@code detail.xml} (name length at offset 26, name at 30). */
    static boolean isDetailZip(byte[] head) {
        if (!isZip(head) || head.length < 30) {
            return false;
        }
        int length = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        if (30 + length > head.length) {
            return false;
        }
        String name = new String(head, 30, length, StandardCharsets.UTF_8);
        return name.equalsIgnoreCase(DetailZip.DETAIL);
    }

    static boolean isDetailXml(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i >= 0 && i < text.length()) {
            i = skipSpace(text, i);
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!DOCTYPE", i)) {
                i = afterDoctype(text, i);
            } else {
                return text.startsWith(ROOT, i) && i + ROOT.length() < text.length()
                        && isNameEnd(text.charAt(i + ROOT.length()));
            }
        }
        return false;
    }

    private static int afterDoctype(String text, int from) {
        int close = text.indexOf('>', from);
        int open = text.indexOf('[', from);
        if (open < 0 || (close >= 0 && close < open)) {
            return close < 0 ? -1 : close + 1;
        }
        for (int end = text.indexOf(']', open); end >= 0; end = text.indexOf(']', end + 1)) {
            int next = skipSpace(text, end + 1);
            if (next < text.length() && text.charAt(next) == '>') {
                return next + 1;
            }
        }
        return -1;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
