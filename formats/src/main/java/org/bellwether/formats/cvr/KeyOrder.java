package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * The keys of one kind of JSON object (a CVR, a snapshot, a selection) in the order the last such object had
 * them, to guess each key of the next: an export writes every object of a kind alike, and the parser matches a
 * guessed key against the bytes ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)})
 * instead of decoding and looking the name up. A wrong guess costs the ordinary reading, and is learned.
 */
final class KeyOrder {

    /** Keys past this many in one object are read without a guess. */
    static final int MAX_GUESSED = 32;

    private SerializedString[] keys = new SerializedString[8];

    /** The object's next key, or null at its end; {@code read}: how many of its keys were read before. */
    String next(JsonParser parser, int read) throws IOException {
        SerializedString guess = read < keys.length ? keys[read] : null;
        boolean named = guess != null ? parser.nextFieldName(guess) || parser.currentToken() == JsonToken.FIELD_NAME
                : parser.nextToken() == JsonToken.FIELD_NAME;
        if (!named) {
            return null;
        }
        String key = parser.currentName();
        if (read < MAX_GUESSED && (guess == null || !guess.getValue().equals(key))) {
            if (read >= keys.length) {
                keys = Arrays.copyOf(keys, MAX_GUESSED);
            }
            keys[read] = new SerializedString(key);
        }
        return key;
    }
}
