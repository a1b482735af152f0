package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteType;
import org.bellwether.formats.report.Places;

/** What {@code inspect --format json} writes: the election, its inputs, every unit with its ids, contests, notes. */
final class InspectJson {

    private InspectJson() {
    }

    static void write(JsonGenerator g, Election e) throws IOException {
        g.writeObjectFieldStart("election");
        g.writeStringField("name", e.name());
        g.writeStringField("date", e.date().map(Object::toString).orElse(null));
        g.writeStringField("type", e.type().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
        JsonDocument.sources(g, e.sources());
        units(g, e);
        g.writeArrayFieldStart("voteTypes");
        for (VoteType t : e.voteTypes()) {
            g.writeStartObject();
            g.writeStringField("label", t.label());
            g.writeStringField("category", t.category().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
        statistics(g, e);
        g.writeNumberField("tallies", e.tallies().size());
        contests(g, e);
        JsonDocument.strings(g, "notes", e.notes());
    }

    private static void units(JsonGenerator g, Election e) throws IOException {
        Places places = Places.of(e);
        g.writeArrayFieldStart("units");
        for (int u = 0; u < e.units().size(); u++) {
            ReportingUnit unit = e.units().get(u);
            g.writeStartObject();
            g.writeStringField("id", unit.id());
            g.writeStringField("name", unit.name());
            g.writeStringField("parentId", unit.parentId().orElse(null));
            JsonDocument.place(g, Optional.of(places.get(u)));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void statistics(JsonGenerator g, Election e) throws IOException {
        Map<StatisticKind, Long> sums = new EnumMap<>(StatisticKind.class);
        for (UnitStatistic s : e.statistics()) {
            sums.merge(s.kind(), s.count(), Long::sum);
        }
        g.writeArrayFieldStart("statistics");
        for (Map.Entry<StatisticKind, Long> en : sums.entrySet()) {
            g.writeStartObject();
            g.writeStringField("kind", en.getKey().name().toLowerCase(Locale.ROOT));
            g.writeStringField("label", en.getKey().label());
            g.writeNumberField("total", en.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void contests(JsonGenerator g, Election e) throws IOException {
        long[][] totals = e.choiceTotals();
        g.writeArrayFieldStart("contests");
        for (int c = 0; c < e.contests().size(); c++) {
            Contest contest = e.contests().get(c);
            g.writeStartObject();
            g.writeStringField("name", contest.name());
            g.writeNumberField("voteFor", contest.voteFor());
            g.writeNumberField("totalVotes", java.util.Arrays.stream(totals[c]).sum());
            g.writeArrayFieldStart("choices");
            for (int i = 0; i < contest.choices().size(); i++) {
                Choice choice = contest.choices().get(i);
                g.writeStartObject();
                g.writeStringField("name", choice.name());
                g.writeStringField("party", choice.party().orElse(null));
                g.writeBooleanField("writeIn", choice.writeIn());
                g.writeNumberField("votes", totals[c][i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
