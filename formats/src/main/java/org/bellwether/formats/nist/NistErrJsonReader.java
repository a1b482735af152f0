package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ResultsReader;

/**
 * Reads NIST SP 1500-100 v2 Election Results Reporting JSON, the same way {@link NistErrXmlReader} reads XML, so
 * that the two encodings of one file read to equal elections. Jackson streams it under the limits of
 * {@link NistLimit}; a repeated key is refused, since one of its values would go unread.
 */
public final class NistErrJsonReader implements ResultsReader {

    static final String NAME = "nist-err-json";

    /**
     * Every NIST ERR JSON object names its class in {@code @type}, {@code ElectionResults.}..., but the instances
     * put the root's {@code @type} last, far past the head a reader is shown; the nested ones come early.
     */
    private static final Pattern TYPE = Pattern.compile("\"@type\"\\s*:\\s*\"ElectionResults\\.");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(40).maxRawContentLength(40).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public NistErrJsonReader() {
        // stateless: each read makes its own parser
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A JSON object whose first bytes hold an {@code ElectionResults.} {@code @type}. */
    @Override
    public boolean recognises(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        return start.startsWith("{") && TYPE.matcher(text).find();
    }

    @Override
    public void read(Path file, ElectionBuilder into, ReadOptions options) {
        NistReading.read(file, into, options, NAME, (in, name) -> new JsonFields(JSON.createParser(in), name));
    }
}
