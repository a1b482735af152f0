package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes NIST ERR JSON with Jackson, indented by two spaces with {@code \n} line ends on every platform (Jackson's
 * default indenter would use the system's). Every object gets {@code @type} {@code ElectionResults.<class>}.
 */
final class JsonSink implements Sink {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String PREFIX = "ElectionResults.";

    private final JsonGenerator json;
    /** For each open container, whether it is a list: then its objects have no field name. */
    private final Deque<Boolean> inList = new ArrayDeque<>();

    JsonSink(OutputStream out) {
        try {
            json = JSON.createGenerator(out, JsonEncoding.UTF8);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(String field, String type, boolean typed, String objectId) {
        try {
            if (!inList.isEmpty() && !inList.peek()) {
                json.writeFieldName(field);
            }
            json.writeStartObject();
            inList.push(false);
            json.writeStringField("@type", PREFIX + type);
            if (objectId != null) {
                json.writeStringField("@id", objectId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        try {
            inList.pop();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void list(String field) {
        try {
            json.writeArrayFieldStart(field);
            inList.push(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endList() {
        try {
            inList.pop();
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void value(String field, String value) {
        try {
            json.writeStringField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void value(String field, long value) {
        try {
            json.writeNumberField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void decimal(String field, java.math.BigDecimal value) {
        try {
            json.writeFieldName(field);
            json.writeNumber(value.toPlainString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void bool(String field, boolean value) {
        try {
            json.writeBooleanField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void ids(String field, List<String> ids) {
        try {
            json.writeArrayFieldStart(field);
            for (String id : ids) {
                json.writeString(id);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String field, String text) {
        begin(field, "InternationalizedText", false, null);
        list("Text");
        begin("Text", "LanguageString", false, null);
        value("Content", text);
        value("Language", "en");
        end();
        endList();
        end();
    }

    @Override
    public void finish() {
        try {
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
