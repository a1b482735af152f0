package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/** How {@link JsonFields} names places and tokens in its messages. */
final class JsonTokens {

    private JsonTokens() {
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** {@code $.a[0].b}, from the parser's own context so that the reader never tracks where it is. */
    static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", segments);
    }
}
