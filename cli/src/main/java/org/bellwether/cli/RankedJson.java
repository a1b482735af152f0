package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.bellwether.core.Contest;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.Transfer;
import org.bellwether.formats.cvr.RankedPassesJson;

/**
 * A ranked count as Bellwether's JSON ({@code docs/schemas/ranked.schema.json}): the inputs, then each pass as
 * {@link RankedPassesJson} writes it (the server's rounds endpoint writes the same passes).
 */
final class RankedJson {

    private RankedJson() {
    }

    static void write(JsonGenerator g, List<Source> sources, long storedVersion, List<RankedOutcome> passes)
            throws IOException {
        JsonDocument.sources(g, sources);
        if (storedVersion > 0) {
            g.writeNumberField("storedVersion", storedVersion);
        } else {
            g.writeNullField("storedVersion");
        }
        g.writeStringField("contest", passes.get(0).contest().name());
        RankedPassesJson.write(g, passes);
    }

    /** A candidate's name, or {@code exhausted}, or {@code residual surplus}. */
    static String target(Contest contest, Transfer t) {
        return RankedPassesJson.target(contest, t);
    }
}
