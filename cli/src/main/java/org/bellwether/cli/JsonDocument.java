package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.Source;
import org.bellwether.formats.report.Places;

/**
 * One JSON document on standard output, indented as every other JSON output of the command, opened with the
 * {@code schema} it follows (a file of {@code docs/schemas}) and the software that made it.
 */
final class JsonDocument {

    /** Writes a document's fields after the common ones. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonDocument() {
    }

    /** A generator indented as every JSON output of the command, which leaves {@code out} open. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    static void write(PrintWriter out, String schema, Body body) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", schema);
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "bellwether");
            g.writeStringField("version", SoftwareVersion.get());
            g.writeEndObject();
            body.write(g);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write standard output", e);
        }
        out.flush();
    }

    static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (Source s : sources) {
            input(g, s.path(), s.sha256(), s.reader());
        }
        g.writeEndArray();
    }

    /** One input file: where it was, its SHA-256 and the reader that read it. */
    static void input(JsonGenerator g, String path, String sha256, String reader) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", path);
        g.writeStringField("sha256", sha256);
        g.writeStringField("reader", reader);
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A count that may be absent (a figure one side does not have): a number or null. */
    static void count(JsonGenerator g, String field, java.util.OptionalLong v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(field, v.getAsLong());
        } else {
            g.writeNullField(field);
        }
    }

    /** Second minus first when both are there, else null. */
    static void change(JsonGenerator g, java.util.OptionalLong first, java.util.OptionalLong second)
            throws IOException {
        if (first.isPresent() && second.isPresent()) {
            g.writeNumberField("change", second.getAsLong() - first.getAsLong());
        } else {
            g.writeNullField("change");
        }
    }

    /** A unit's ids (level, county, FIPS), null where the place has none. */
    static void place(JsonGenerator g, Optional<Places.Place> place) throws IOException {
        g.writeStringField("level", place.map(p -> p.level().name().toLowerCase(Locale.ROOT)).orElse(null));
        g.writeStringField("county", place.flatMap(Places.Place::county).orElse(null));
        g.writeStringField("countyId", place.flatMap(Places.Place::countyId).orElse(null));
        g.writeStringField("fips", place.flatMap(Places.Place::fips).orElse(null));
        g.writeStringField("countyFips", place.flatMap(Places.Place::countyFips).orElse(null));
    }
}
