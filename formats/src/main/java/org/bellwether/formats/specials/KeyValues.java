package org.bellwether.formats.specials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.formats.InputException;

/**
 * A small {@code key = value} file: one entry a line, {@code #} starts a comment line, blank lines ignored.
 * Unlike {@link java.util.Properties}, every value keeps its line, a repeated key is an error, and a key nobody
 * asked for is an error too (a misspelt key must not be silently ignored).
 */
final class KeyValues {

    static final int MAX_LINES = 1_000;

    record Entry(String value, long line) {
    }

    private final String file;
    private final Map<String, Entry> entries;
    private final java.util.Set<String> used = new java.util.HashSet<>();

    private KeyValues(String file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static KeyValues read(Path path) {
        String name = path.toString();
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (lines.size() > MAX_LINES) {
                throw new InputException(name, "", "more than " + MAX_LINES + " lines (KeyValues.MAX_LINES)");
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                parse(name, lines.get(i).strip(), i + 1, entries);
            }
            return new KeyValues(name, entries);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void parse(String name, String text, long line, Map<String, Entry> entries) {
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException(name, "line " + line, "expected key = value, found " + InputException.echo(text));
        }
        String key = text.substring(0, eq).strip();
        Entry before = entries.putIfAbsent(key, new Entry(text.substring(eq + 1).strip(), line));
        if (before != null) {
            throw new InputException(name, "line " + line, "key '" + key + "' is set twice (first on line "
                    + before.line() + ")");
        }
    }

    Optional<Entry> optional(String key) {
        used.add(key);
        return Optional.ofNullable(entries.get(key)).filter(e -> !e.value().isEmpty());
    }

    Entry required(String key) {
        return optional(key).orElseThrow(() -> new InputException(file, "", "missing required key '" + key + "'"));
    }

    InputException error(Entry entry, String problem) {
        return new InputException(file, "line " + entry.line(), problem);
    }

    /** Fails on the first key that no one read. */
    void checkAllUsed() {
        entries.forEach((key, entry) -> {
            if (!used.contains(key)) {
                throw error(entry, "unknown key '" + key + "'");
            }
        });
    }

    String file() {
        return file;
    }
}
