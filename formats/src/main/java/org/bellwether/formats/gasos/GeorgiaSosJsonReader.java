package org.bellwether.formats.gasos;

import org.bellwether.formats.ReaderNotes;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ResultsReader;

/**
 * Reads the results JSON of the Georgia Secretary of State ({@code results.ballotItems[].ballotOptions[]} with
 * {@code groupResults} by vote type, and one {@code localResults} block per county), streaming it with Jackson.
 * Votes are stored per county and vote type (per precinct when a county lists precincts); the state-level
 * figures and every voteCount are checked against the sum of their parts and never stored twice.
 */
public final class GeorgiaSosJsonReader implements ResultsReader {

    static final String NAME = "georgia-sos-json";

    /**
     * Limits from {@link JsonLimit}; duplicate keys rejected, since a repeated {@code voteCount} would leave one
     * value silently unread; input echoed into Jackson's messages capped like {@link InputException#echo}.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(JsonLimit.constraints())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(40).maxRawContentLength(40).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The field names that only this format has near its start; the first is always in the first few bytes. */
    private static final String[] MARKERS = {"\"electionName\"", "\"ballotItems\"", "\"localResults\""};

    public GeorgiaSosJsonReader() {
        // stateless: each read makes its own parser
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || text.charAt(i) != '{') {
            return false;
        }
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, ElectionBuilder into, ReadOptions options) {
        String name = file.toString();
        ReaderNotes notes = new ReaderNotes(into, NAME, String.valueOf(file.getFileName()));
        try (InputStream bytes = Files.newInputStream(file); JsonParser parser = JSON.createParser(bytes)) {
            JsonCursor in = new JsonCursor(parser, name, notes);
            Checks checks = new Checks(options.totals(), name, notes);
            ChoiceNames names = new ChoiceNames(options.aliases(), options.metadata(), notes);
            ExportAssembler assembler = new ExportAssembler(into, names, checks, name);
            ExportParser export = new ExportParser(in, new BlockParser(in, notes), assembler, into, checks);
            notes.add(String.join("; ", export.document()));
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
