package org.bellwether.formats.gasos;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * JSON paths in the form users know from jq and JSONPath, {@code $.localResults[1].ballotItems[0]}, built from
 * Jackson's parsing context so that the reader never has to track where it is.
 */
final class JsonPath {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private JsonPath() {
    }

    /** The path of the value a context is at: each enclosing field name and array index, outermost first. */
    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                segments.push(segment(c.getCurrentName()));
            }
        }
        return "$" + String.join("", segments);
    }

    /** A path with its indices replaced by {@code *}, naming a place in the format rather than in one file. */
    static String pattern(String path) {
        return INDEX.matcher(path).replaceAll("[*]");
    }

    /** A field name as a segment; one that is not a plain identifier is quoted, and capped like all echoed input. */
    private static String segment(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "[" + InputException.echo(name) + "]";
    }
}
