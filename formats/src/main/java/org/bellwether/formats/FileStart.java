package org.bellwether.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an unknown file starts, for the message that refuses it: what it looks like (XML, JSON, text) and at most
 * {@value #MAX_ECHO} printable ASCII characters of it, never more, so that a refused file's content does not end up
 * in a terminal or a log. A file reached through a symbolic link may be anything on the machine (a link into
 * {@code /etc}), so nothing of its content is quoted at all.
 */
final class FileStart {

    static final int MAX_ECHO = 12;

    private FileStart() {
    }

    static String describe(Path file, byte[] head) {
        int first = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            first = 3;
        }
        while (first < head.length && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r'
                || head[first] == '\n')) {
            first++;
        }
        String kind = first == head.length ? "it holds only white space"
                : switch (head[first]) {
                    case '<' -> "it looks like XML of another kind";
                    case '{', '[' -> "it looks like JSON of another kind";
                    default -> "it looks like text of another kind";
                };
        if (linked(file)) {
            return kind;
        }
        StringBuilder echo = new StringBuilder();
        for (int i = first; i < head.length && echo.length() < MAX_ECHO; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 || b >= 0x7F) {
                break;
            }
            echo.append((char) b);
        }
        return echo.isEmpty() ? kind : kind + ", starting " + InputException.echo(echo.toString());
    }

    /** Whether the path, or a folder on it, is a symbolic link: then its content is no one's business here. */
    private static boolean linked(Path file) {
        try {
            return !file.toRealPath().equals(file.toAbsolutePath().normalize());
        } catch (IOException e) {
            return true;
        }
    }
}
