package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The values of some keys of a JSON file's top-level object when they come last, read from the file's tail
 * without passing over what comes before: a NIST CDF report puts its election and GpUnits after its CVRs, and
 * the CVRs can only be read once those are known. A key is taken only where the tail proves it is at the top
 * level: from the key on, the rest of the file must parse as the remaining members of one object and end there.
 * When not every key is found so within {@link #MAX_WINDOW} bytes of the end and {@link #MAX_TRIED} places (a key
 * before the CVRs, a missing key, a tail that is not valid JSON), the answer is empty and {@link TopLevelKeys} finds them in a pass over
 * the whole file, whose parse then says what is wrong.
 */
final class TrailingKeys {

    static final int FIRST_WINDOW = 1 << 20;
    static final int MAX_WINDOW = 1 << 25;
    /** Candidates tried in all: a tail full of nested keys of those names costs a bounded number of parses. */
    static final int MAX_TRIED = 16;

    private TrailingKeys() {
    }

    /** Each key's parsed value, or an empty map when they are not all found at the top level of the tail. */
    static Map<String, Object> read(Path path, String... keys) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            int tried = 0;
            for (long window = FIRST_WINDOW; window <= MAX_WINDOW; window *= 2) {
                long start = Math.max(0, size - window);
                byte[] tail = new byte[(int) (size - start)];
                ByteBuffer buffer = ByteBuffer.wrap(tail);
                while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
                    // read the window whole
                }
                for (long at : candidates(tail, start, keys)) {
                    if (++tried > MAX_TRIED) {
                        return Map.of();
                    }
                    Map<String, Object> values = membersFrom(path, at, keys);
                    if (values != null && values.size() == keys.length) {
                        return values;
                    }
                    if (values != null) {
                        break; // the earliest key at the top level: a wider window may hold the others
                    }
                }
                if (start == 0) {
                    break;
                }
            }
            return Map.of();
        }
    }

    /**
     * Offsets of each key as written ({@code "key"}, then white space and a colon) whose opening quote is not
     * escaped; one whose backslashes run back to the window's start cannot be told and is left out.
     */
    private static TreeSet<Long> candidates(byte[] tail, long start, String... keys) {
        TreeSet<Long> found = new TreeSet<>();
        for (String key : keys) {
            byte[] quoted = ("\"" + key + "\"").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + quoted.length <= tail.length; i++) {
                if (tail[i] != '"' || !matches(tail, i, quoted)) {
                    continue;
                }
                int j = i + quoted.length;
                while (j < tail.length && (tail[j] == ' ' || tail[j] == '\t' || tail[j] == '\n' || tail[j] == '\r')) {
                    j++;
                }
                int slashes = 0;
                while (i - slashes - 1 >= 0 && tail[i - slashes - 1] == '\\') {
                    slashes++;
                }
                boolean told = i - slashes > 0 || start == 0;
                if (j < tail.length && tail[j] == ':' && slashes % 2 == 0 && told) {
                    found.add(start + i);
                }
            }
        }
        return found;
    }

    private static boolean wanted(String key, String... keys) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] bytes, int at, byte[] quoted) {
        for (int k = 1; k < quoted.length; k++) {
            if (bytes[at + k] != quoted[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The wanted keys' values among the members from {@code at} to the end, read as one object; null when they do
     * not parse so, which means the key at {@code at} is not at the top level (or the tail is not valid JSON).
     */
    private static Map<String, Object> membersFrom(Path path, long at, String... keys) throws IOException {
        FileChannel channel = FileChannel.open(path);
        channel.position(at);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'{'}),
                Channels.newInputStream(channel));
        Map<String, Object> values = new HashMap<>();
        try (rest; JsonParser parser = JsonTree.FACTORY.createParser(rest)) {
            parser.nextToken();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (wanted(key, keys)) {
                    values.put(key, JsonTree.value(parser, value));
                } else {
                    parser.skipChildren();
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null ? values : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
