package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.formats.report.Places;
import org.bellwether.store.TallyDiff;

/**
 * What {@code diff --format json} writes: every tally that differs with its unit's ids (the unit is looked up in
 * the later version, else in the earlier one when it is gone), then each choice's total before and after.
 */
final class DiffJson {

    private DiffJson() {
    }

    static void write(JsonGenerator g, long before, long after, List<TallyDiff> diffs, Election earlier,
            Election later) throws IOException {
        g.writeNumberField("before", before);
        g.writeNumberField("after", after);
        Places first = Places.of(earlier);
        Places second = Places.of(later);
        g.writeArrayFieldStart("tallies");
        for (TallyDiff d : diffs) {
            Optional<Places.Place> place = second.byId(d.unit()).or(() -> first.byId(d.unit()));
            g.writeStartObject();
            g.writeStringField("unitId", d.unit());
            g.writeStringField("unit", place.map(Places.Place::name).orElse(d.unit()));
            JsonDocument.place(g, place);
            g.writeStringField("contest", d.contest());
            g.writeStringField("choice", d.choice());
            g.writeStringField("voteType", d.voteType());
            JsonDocument.count(g, "before", d.before());
            JsonDocument.count(g, "after", d.after());
            JsonDocument.change(g, d.before(), d.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        totals(g, earlier, later);
        g.writeNumberField("differences", diffs.size());
    }

    private static void totals(JsonGenerator g, Election earlier, Election later) throws IOException {
        g.writeArrayFieldStart("totals");
        for (DiffCommand.Total t : DiffCommand.totalLines(earlier, later)) {
            g.writeStartObject();
            g.writeStringField("contest", t.contest());
            g.writeStringField("choice", t.line().choice());
            JsonDocument.count(g, "before", t.line().a());
            JsonDocument.count(g, "after", t.line().b());
            JsonDocument.change(g, t.line().a(), t.line().b());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
