package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an RCTab contest configuration (the JSON RCTab reads, in the key order its own editor saves), so that a
 * count asked for with options on the command line can be run by RCTab, and read back by
 * {@link RctabConfigReader}.
 */
public final class RctabConfigJson {

    /**
     * A configuration to write.
     *
     * @param contestName  {@code outputSettings.contestName}
     * @param sources      {@code cvrFileSources}
     * @param candidates   {@code candidates}, the code of each written as its alias
     * @param excluded     the names of the candidates left out of the count
     * @param rules        {@code rules}, each value a String or a Boolean, in order
     */
    public record Draft(String contestName, List<Source> sources, List<CvrDiscovery.Candidate> candidates,
            List<String> excluded, Map<String, Object> rules) {
        public Draft {
            Objects.requireNonNull(contestName, "contest name");
            sources = List.copyOf(sources);
            candidates = List.copyOf(candidates);
            excluded = List.copyOf(excluded);
            rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        }
    }

    /**
     * A {@code cvrFileSources} entry.
     *
     * @param filePath  the path as written (relative to the configuration's folder, or absolute)
     * @param provider  RCTab's provider
     * @param contestId the contest read from a file of several, or blank
     * @param settings  the entry's other keys, as text
     */
    public record Source(String filePath, String provider, String contestId, Map<String, String> settings) {
        public Source {
            Objects.requireNonNull(filePath, "file path");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(contestId, "contest id");
            settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        }
    }

    private static final List<String> SOURCE_KEYS = List.of("firstVoteColumnIndex", "firstVoteRowIndex",
            "idColumnIndex", "batchColumnIndex", "precinctColumnIndex", "overvoteDelimiter");
    private static final List<String> LABELS = List.of("overvoteLabel", "skippedRankLabel", "undeclaredWriteInLabel");

    private RctabConfigJson() {
    }

    /** The configuration's JSON text, ending with a newline. */
    public static String write(Draft draft) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("tabulatorVersion", "1.3.999");
            json.writeObjectFieldStart("outputSettings");
            json.writeStringField("contestName", draft.contestName());
            json.writeStringField("outputDirectory", "output");
            json.writeStringField("contestDate", "");
            json.writeStringField("contestJurisdiction", "");
            json.writeStringField("contestOffice", "");
            json.writeBooleanField("tabulateByBatch", false);
            json.writeBooleanField("tabulateByPrecinct", false);
            json.writeBooleanField("generateCdfJson", false);
            json.writeEndObject();
            json.writeArrayFieldStart("cvrFileSources");
            for (Source source : draft.sources()) {
                source(json, source);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("candidates");
            for (CvrDiscovery.Candidate candidate : draft.candidates()) {
                json.writeStartObject();
                json.writeStringField("name", candidate.name());
                json.writeArrayFieldStart("aliases");
                if (!candidate.code().isBlank()) {
                    json.writeString(candidate.code());
                }
                json.writeEndArray();
                json.writeBooleanField("excluded", draft.excluded().contains(candidate.name()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("rules");
            for (Map.Entry<String, Object> rule : draft.rules().entrySet()) {
                if (rule.getValue() instanceof Boolean b) {
                    json.writeBooleanField(rule.getKey(), b);
                } else {
                    json.writeStringField(rule.getKey(), String.valueOf(rule.getValue()));
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void source(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("filePath", source.filePath());
        json.writeStringField("contestId", source.contestId());
        for (String key : SOURCE_KEYS) {
            json.writeStringField(key, source.settings().getOrDefault(key, ""));
        }
        json.writeStringField("provider", source.provider());
        for (String key : LABELS) {
            json.writeStringField(key, source.settings().getOrDefault(key, ""));
        }
        json.writeBooleanField("treatBlankAsUndeclaredWriteIn", false);
        json.writeEndObject();
    }
}
