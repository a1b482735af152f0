package org.bellwether.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Skips the JSON value at the parser's current token, as {@link JsonParser#skipChildren()} does, but counting the
 * members of every object inside it: with duplicate detection on, Jackson remembers each name of an open object even
 * while skipping, so a skipped object with millions of distinct keys would cost gigabytes. The count stops at the
 * first object over the limit, leaving the parser there for the caller's error.
 */
public final class JsonSkip {

    private JsonSkip() {
    }

    /** Skips the value; returns 0, or the member count that broke {@code maxMembers} (the caller's error). */
    public static int skip(JsonParser parser, int maxMembers, int maxDepth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return 0;
        }
        int[] members = new int[maxDepth + 2];
        int depth = 1;
        while (depth > 0) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return 0;
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> members[Math.min(++depth, maxDepth + 1)] = 0;
                case END_OBJECT, END_ARRAY -> depth--;
                case FIELD_NAME -> {
                    int n = ++members[Math.min(depth, maxDepth + 1)];
                    if (n > maxMembers) {
                        return n;
                    }
                }
                default -> {
                    // a scalar: nothing to count
                }
            }
        }
        return 0;
    }
}
