package org.bellwether.formats.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.formats.InputException;

/**
 * Reads {@code cookIndices.js}: a JavaScript module whose one statement is {@code const indices = [ ... ];}
 * with an array of JSON objects ({@code "Dist"}, {@code "PVI"}, {@code "Clinton %"}, {@code "Trump %"},
 * {@code "Obama %"}, {@code "Romney %"}; percentages as numbers or as strings). The text around the array is
 * blanked (newlines kept, so line numbers stay true) and the array is parsed as JSON.
 */
public final class CookIndexFile {

    static final long MAX_BYTES = 1L << 20;

    private CookIndexFile() {
    }

    public static List<CookIndex> read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, "", "file is over " + MAX_BYTES + " bytes (CookIndexFile.MAX_BYTES)");
            }
            return parse(name, arrayOnly(name, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    static String arrayOnly(String name, String text) {
        int start = text.indexOf('[');
        int end = text.lastIndexOf(']');
        if (start < 0 || end < start) {
            throw new InputException(name, "", "no array [ ... ] of districts found");
        }
        return blank(text.substring(0, start)) + text.substring(start, end + 1) + blank(text.substring(end + 1));
    }

    private static String blank(String text) {
        return text.replaceAll("[^\n]", " ");
    }

    private static List<CookIndex> parse(String name, String json) throws IOException {
        List<CookIndex> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            expect(name, p, p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                rows.add(entry(name, p));
            }
            expect(name, p, p.currentToken(), JsonToken.END_ARRAY);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(name, "line " + e.getLocation().getLineNr(), "not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        return rows;
    }

    private static CookIndex entry(String name, JsonParser p) throws IOException {
        long line = p.currentLocation().getLineNr();
        Map<String, String> values = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            values.put(field, p.getValueAsString(""));
        }
        for (String f : List.of("Dist", "PVI")) {
            if (values.getOrDefault(f, "").isBlank()) {
                throw new InputException(name, "line " + line, "district entry has no " + InputException.echo(f));
            }
        }
        return new CookIndex(values.get("Dist"), values.get("PVI"), number(name, line, values, "Clinton %"),
                number(name, line, values, "Trump %"), number(name, line, values, "Obama %"),
                number(name, line, values, "Romney %"), line);
    }

    /** The field's number; empty when the entry lacks it or has {@code null} (Florida's 2012 figures). */
    private static Optional<BigDecimal> number(String name, long line, Map<String, String> values, String field) {
        String text = values.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new InputException(name, "line " + line, InputException.echo(field) + " is not a number: "
                    + InputException.echo(values.get(field)), e);
        }
    }

    private static void expect(String name, JsonParser p, JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new InputException(name, "line " + p.currentLocation().getLineNr(), "expected " + expected
                    + " but found " + actual);
        }
    }
}
