package org.bellwether.formats.clarity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JDK parser's messages into plain words where it gives a bare resource key, and caps their length. */
final class ParserMessages {

    /** Longer than any message the parser writes about a well-bounded name; beyond that it echoes input. */
    static final int MAX_CHARS = 300;

    /** The JDK reports a repeated attribute by a resource key: {@code ...#AttributeNotUnique?Precinct&votes}. */
    private static final Pattern NOT_UNIQUE = Pattern.compile(".*#AttributeNotUnique\\?([^&]*)&(.*)");

    private ParserMessages() {
    }

    static String plain(String message) {
        Matcher repeated = NOT_UNIQUE.matcher(message);
        String plain = repeated.matches()
                ? "attribute \"" + repeated.group(2) + "\" appears twice in <" + repeated.group(1) + ">"
                : message.strip();
        return plain.length() > MAX_CHARS ? plain.substring(0, MAX_CHARS) + "..." : plain;
    }
}
