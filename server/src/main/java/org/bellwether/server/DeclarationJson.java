package org.bellwether.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.bellwether.store.Declaration;

/**
 * A stored declaration as JSON, field for field the same in the API's answers and in {@code bellwether declare
 * --format json}, so a program reads one shape wherever it meets a call, a certification or a retraction.
 */
public final class DeclarationJson {

    private DeclarationJson() {
    }

    /** One declaration as an object; {@code withElection} adds its election's key (the API's URL names it). */
    public static void write(JsonGenerator g, Declaration d, boolean withElection) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", d.id());
        if (withElection) {
            g.writeStringField("election", d.electionKey());
        }
        g.writeStringField("contest", d.contest());
        g.writeStringField("kind", d.what().kind());
        switch (d.what()) {
            case Declaration.Call call -> g.writeStringField("choice", call.choice());
            case Declaration.Retraction r -> g.writeNumberField("retracts", r.retracted());
            case Declaration.Certified c -> { }
        }
        g.writeStringField("by", d.by());
        g.writeStringField("reason", d.reason());
        g.writeStringField("at", d.at().toString());
        g.writeNumberField("asOfVersion", d.asOfVersion());
        g.writeEndObject();
    }
}
