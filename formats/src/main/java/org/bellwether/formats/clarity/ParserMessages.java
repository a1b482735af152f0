package org.bellwether.formats.clarity;

/**
 * The JDK parser's own message for malformed XML, one line and capped: it quotes names from the input, which the
 * reader's limits bound, and the cap keeps that true whatever a future parser quotes.
 */
final class ParserMessages {

    static final int MAX_CHARS = 300;

    private ParserMessages() {
    }

    static String plain(String message) {
        String line = message.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "..." : line;
    }
}
