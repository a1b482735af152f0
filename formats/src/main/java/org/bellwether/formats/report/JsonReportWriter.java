package org.bellwether.formats.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.Reporting;
import org.bellwether.core.Source;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Round;
import org.bellwether.core.rule.RunoffLink;
import org.bellwether.core.rule.Standing;
import org.bellwether.core.rule.Status;
import org.bellwether.core.rule.Tie;

/**
 * Writes a report as JSON for programs. Counts are JSON integers; percentages are strings because they are
 * rounded for display and must not be mistaken for data to compute on.
 */
final class JsonReportWriter {

    private final Writer out;

    JsonReportWriter(Writer out) {
        this.out = out;
    }

    void write(Report report) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("schema", "report.schema.json");
            g.writeStringField("title", report.title());
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "bellwether");
            g.writeStringField("version", report.softwareVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("elections");
            for (ElectionReport election : report.elections()) {
                election(g, election);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("runoffs");
            for (RunoffLink link : report.runoffs()) {
                runoff(g, link);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void election(JsonGenerator g, ElectionReport report) throws IOException {
        Election e = report.election();
        g.writeStartObject();
        g.writeStringField("heading", report.heading());
        g.writeStringField("name", e.name());
        g.writeStringField("date", e.date().map(Object::toString).orElse(null));
        g.writeStringField("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("state", e.state().orElse(null));
        g.writeStringField("certification", e.certification().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("inputs");
        for (Source s : e.sources()) {
            g.writeStartObject();
            g.writeStringField("path", s.path());
            g.writeStringField("sha256", s.sha256());
            g.writeStringField("reader", s.reader());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contests");
        Places places = Places.forBreakdowns(e, report.contests());
        for (ContestReport contest : report.contests()) {
            contest(g, contest, places);
        }
        g.writeEndArray();
        strings(g, "notes", e.notes());
        g.writeEndObject();
    }

    private static void contest(JsonGenerator g, ContestReport report, Places places) throws IOException {
        Outcome o = report.outcome();
        g.writeStartObject();
        g.writeStringField("contest", o.contest().name());
        g.writeNumberField("voteFor", o.contest().voteFor());
        g.writeStringField("rule", o.rule().describe());
        g.writeObjectFieldStart("ruleSource");
        g.writeStringField("kind", o.ruleSource().kind());
        g.writeStringField("detail", o.ruleSource().describe());
        g.writeEndObject();
        g.writeStringField("tieBreak", o.tieBreak().describe());
        g.writeStringField("status", o.status().code());
        g.writeStringField("statusLabel", o.status().label());
        g.writeBooleanField("decides", o.decides());
        g.writeBooleanField("certified", o.status().certified());
        reporting(g, o.reporting());
        recount(g, o);
        g.writeStringField("explanation", o.explanation());
        strings(g, "inPosition", o.inPosition().stream().map(Choice::name).toList());
        strings(g, "elected", o.elected().stream().map(Choice::name).toList());
        strings(g, "advancing", o.advancing().stream().map(Choice::name).toList());
        g.writeArrayFieldStart("rounds");
        for (Round round : o.rounds()) {
            round(g, round);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ties");
        for (Tie tie : o.ties()) {
            g.writeStartObject();
            strings(g, "tied", tie.tied().stream().map(Choice::name).toList());
            g.writeNumberField("place", tie.place());
            g.writeNumberField("votes", tie.votes());
            g.writeStringField("resolution", tie.resolution());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("breakdowns");
        for (Breakdown b : report.breakdowns()) {
            breakdown(g, b, o.contest(), places);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void runoff(JsonGenerator g, RunoffLink link) throws IOException {
        g.writeStartObject();
        g.writeStringField("contest", link.runoff().contest().name());
        g.writeStringField("firstRoundContest", link.firstRound().contest().name());
        g.writeBooleanField("matches", link.differences().isEmpty());
        strings(g, "differences", link.differences());
        g.writeArrayFieldStart("finalists");
        for (RunoffLink.Finalist f : link.finalists()) {
            g.writeStartObject();
            g.writeStringField("choice", f.name());
            g.writeNumberField("firstRoundVotes", f.firstVotes());
            g.writeNumberField("firstRoundRank", f.firstRank());
            g.writeNumberField("runoffVotes", f.runoffVotes());
            g.writeNumberField("gain", f.gain());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("firstRoundVotesCast", link.firstRound().finalRound().totalVotes());
        g.writeNumberField("runoffVotesCast", link.runoff().finalRound().totalVotes());
        g.writeNumberField("turnoutChange", link.turnoutChange());
        g.writeEndObject();
    }

    private static void reporting(JsonGenerator g, Reporting r) throws IOException {
        g.writeObjectFieldStart("reporting");
        g.writeStringField("completeness", r.completeness().name().toLowerCase(java.util.Locale.ROOT));
        if (r.counted()) {
            g.writeNumberField("unitsReporting", r.unitsReporting());
            g.writeNumberField("unitsExpected", r.unitsExpected());
            g.writeStringField("units", r.unitNoun());
        }
        g.writeStringField("basis", r.basis());
        g.writeEndObject();
    }

    private static void recount(JsonGenerator g, Outcome o) throws IOException {
        if (o.recount().isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("recount");
        g.writeStringField("marginPoints", o.recount().get().share().asPoints());
        g.writeStringField("statute", o.recount().get().statute());
        g.writeBooleanField("withinMargin", o.status() instanceof Status.RecountPossible);
        if (o.status() instanceof Status.RecountPossible r) {
            g.writeNumberField("margin", r.margin());
        }
        g.writeEndObject();
    }

    private static void round(JsonGenerator g, Round round) throws IOException {
        g.writeStartObject();
        g.writeNumberField("round", round.number());
        g.writeNumberField("totalVotes", round.totalVotes());
        if (round.votesNeeded().isPresent()) {
            g.writeNumberField("votesNeeded", round.votesNeeded().getAsLong());
        }
        g.writeArrayFieldStart("standings");
        for (Standing s : round.standings()) {
            g.writeStartObject();
            g.writeNumberField("rank", s.rank());
            g.writeStringField("choice", s.choice().name());
            g.writeStringField("party", s.choice().party().orElse(null));
            g.writeBooleanField("writeIn", s.choice().writeIn());
            g.writeNumberField("votes", s.votes());
            g.writeStringField("percent", Numbers.percent(s.votes(), round.totalVotes()).replace("%", ""));
            g.writeStringField("status", s.status().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notes", round.notes());
        g.writeEndObject();
    }

    private static void breakdown(JsonGenerator g, Breakdown b, Contest contest, Places places) throws IOException {
        g.writeStartObject();
        g.writeStringField("by", b.dimension());
        g.writeArrayFieldStart("rows");
        for (Breakdown.Row row : b.rows()) {
            g.writeStartObject();
            g.writeStringField("key", row.key());
            g.writeStringField("unit", row.label());
            if (!b.dimension().equals("vote type")) {
                places.byId(row.key()).ifPresent(p -> place(g, p));
            }
            g.writeArrayFieldStart("votes");
            for (int i = 0; i < row.votes().size(); i++) {
                g.writeStartObject();
                g.writeStringField("choice", contest.choices().get(i).name());
                g.writeNumberField("votes", row.votes().get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("total", row.total());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A unit's ids: the level, its county (by name and id) and FIPS codes, null where there is none. */
    static void place(JsonGenerator g, Places.Place p) {
        try {
            g.writeStringField("level", p.level().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("county", p.county().orElse(null));
            g.writeStringField("countyId", p.countyId().orElse(null));
            g.writeStringField("fips", p.fips().orElse(null));
            g.writeStringField("countyFips", p.countyFips().orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
