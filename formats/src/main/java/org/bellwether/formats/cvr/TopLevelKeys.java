package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the values of some keys of a JSON file's top-level object begin, found by a pass over the bytes that only
 * follows strings and nesting, several times faster than tokenizing: a NIST CDF report puts its election after its
 * CVRs, and the CVRs can only be read once the election is known. It validates nothing (the parse that follows
 * does) and finds a key only as written without escapes.
 */
final class TopLevelKeys {

    /** A key's value: which key, and its byte offset. */
    record At(String key, long offset) {
    }

    private TopLevelKeys() {
    }

    /** The line a byte offset is on, for an error's location (a second pass, made only then). */
    static int lineAt(InputStream in, long offset) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int line = 1;
        long read = 0;
        for (int n = in.read(buffer); n > 0 && read < offset; n = in.read(buffer)) {
            for (int i = 0; i < n && read + i < offset; i++) {
                line += buffer[i] == '\n' ? 1 : 0;
            }
            read += n;
        }
        return line;
    }

    /** Where each value of the keys begins at the top level, in file order. */
    static List<At> find(InputStream in, String... keys) throws IOException {
        byte[][] wanted = new byte[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            wanted[k] = ("\"" + keys[k] + "\"").getBytes(StandardCharsets.UTF_8);
        }
        List<At> found = new ArrayList<>();
        int[] matched = new int[keys.length]; // bytes of each key matched so far, while in a key string; -1 off
        byte[] buffer = new byte[1 << 16];
        int depth = 0;
        boolean inString = false;
        boolean escape = false;
        boolean keyHere = false; // at depth 1, a string now would be a key
        boolean inKey = false;
        int pending = -1; // the key that just closed: its value begins after the colon
        long offset = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (inString && !inKey) {
                    // the bulk of the file: run to the string's end
                    while (i < n && (escape || (b != '"' && b != '\\'))) {
                        escape = false;
                        b = ++i < n ? buffer[i] : 0;
                    }
                    if (i == n) {
                        break;
                    }
                    if (b == '\\') {
                        escape = true;
                    } else {
                        inString = false;
                    }
                    continue;
                }
                if (inString) {
                    for (int k = 0; k < wanted.length; k++) {
                        int m = matched[k];
                        matched[k] = m > 0 && m < wanted[k].length && wanted[k][m] == b && !escape ? m + 1 : -1;
                    }
                    if (escape) {
                        escape = false;
                    } else if (b == '\\') {
                        escape = true;
                    } else if (b == '"') {
                        inString = false;
                        pending = -1;
                        for (int k = 0; k < wanted.length; k++) {
                            pending = matched[k] == wanted[k].length ? k : pending;
                        }
                        inKey = false;
                    }
                    continue;
                }
                switch (b) {
                    case '"' -> {
                        inString = true;
                        inKey = depth == 1 && keyHere;
                        if (inKey) {
                            java.util.Arrays.fill(matched, 1);
                        }
                        keyHere = false;
                    }
                    case '{', '[' -> {
                        depth++;
                        keyHere = depth == 1 && b == '{';
                    }
                    case '}', ']' -> depth--;
                    case ',' -> keyHere = depth == 1;
                    case ':' -> {
                        if (pending >= 0 && depth == 1) {
                            found.add(new At(keys[pending], offset + i + 1));
                        }
                        pending = -1;
                    }
                    default -> {
                        // white space, or a scalar's bytes
                    }
                }
            }
            offset += n;
        }
        return found;
    }
}
