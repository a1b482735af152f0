package org.bellwether.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * What Jackson found wrong with a JSON file, in the project's words: its own message without the exception's class
 * name or its {@code [Source: ...]} location (the reader names the line itself), one line, capped.
 */
public final class JsonProblem {

    static final int MAX_CHARS = 200;

    private JsonProblem() {
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the file ends before the JSON is complete";
        }
        String words = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(?start marker at \\[Source:.*", "")
                .replaceAll("\\s*\\[Source:.*", "").replaceAll("\\p{Cntrl}", " ").strip();
        return "malformed JSON: " + (words.length() > MAX_CHARS ? words.substring(0, MAX_CHARS) + "..." : words);
    }
}
