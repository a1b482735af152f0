package org.bellwether.server;

import org.bellwether.render.ContestView;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestReporting;
import org.bellwether.render.ContestDeclarations;
import org.bellwether.render.RankedContest;
import org.bellwether.core.Choice;
import org.bellwether.formats.cvr.RankedPassesJson;
import org.bellwether.store.Declaration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.bellwether.store.StoredSource;
import org.bellwether.store.TallyDiff;
import org.bellwether.store.VersionInfo;

/**
 * The API's JSON, written with Jackson's streaming generator in a fixed field order, so the same version always
 * gives the same bytes. Field names follow what newsroom clients know from the AP Elections API where one exists
 * ({@code lastUpdated}, {@code testData}, {@code winner}, {@code nextrequest}, units reporting, expected vote).
 * The shapes are documented in {@code openapi.json}.
 */
final class ApiJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ApiJson() {
    }

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void header(JsonGenerator g, VersionInfo v, String date, boolean testData) throws IOException {
        g.writeStringField("election", v.electionKey());
        g.writeStringField("electionName", v.electionName());
        if (date.isEmpty()) {
            g.writeNullField("electionDate");
        } else {
            g.writeStringField("electionDate", date);
        }
        g.writeNumberField("version", v.number());
        g.writeStringField("lastUpdated", v.importedAt().toString());
        g.writeBooleanField("testData", testData);
    }

    static void contest(JsonGenerator g, ContestView c, String base, boolean full) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeNumberField("voteFor", c.voteFor());
        g.writeStringField("url", base + "/contests/" + c.id());
        g.writeStringField("rule", c.rule());
        status(g, c);
        if (c.declared().isPresent()) {
            declared(g, c.declared().get());
        }
        reporting(g, c.reporting());
        g.writeArrayFieldStart("choices");
        for (ChoiceLine ch : c.choices()) {
            choice(g, ch, c.declared().isPresent() ? java.util.Optional.of(c.callFlag(ch)) : java.util.Optional.empty());
        }
        g.writeEndArray();
        ranked(g, c, base);
        if (full) {
            details(g, c);
        }
        g.writeEndObject();
    }

    /** A contest counted from cast-vote records: the records' summary, who won, and where its rounds are. */
    private static void ranked(JsonGenerator g, ContestView c, String base) throws IOException {
        if (c.ranked().isEmpty()) {
            g.writeNullField("ranked");
            return;
        }
        RankedContest r = c.ranked().get();
        g.writeObjectFieldStart("ranked");
        castVoteRecords(g, r);
        g.writeNumberField("passes", r.passes().size());
        g.writeNumberField("rounds", r.last().rounds().size());
        g.writeArrayFieldStart("elected");
        for (Choice ch : RankedFigures.winners(r.passes())) {
            g.writeString(ch.name());
        }
        g.writeEndArray();
        g.writeStringField("url", base + "/contests/" + c.id() + "/rounds");
        g.writeEndObject();
    }

    private static void castVoteRecords(JsonGenerator g, RankedContest r) throws IOException {
        g.writeNumberField("ballots", r.ballots());
        g.writeNumberField("distinctRankings", r.distinctRankings());
        g.writeFieldName("noRankings");
        g.writeNumber(r.passes().get(0).noRankings().toPlainString());
    }

    /**
     * The round-by-round count of a contest counted from cast-vote records: its rule, the records' summary, its
     * status and winners, then every pass round by round as the command line's JSON writes it, and the precincts
     * (or batches) whose share of it is served, when the records are kept by either ({@code slices} not null).
     */
    static void rounds(JsonGenerator g, VersionInfo v, String date, boolean testData, ContestView c, String base,
            SliceRounds slices) throws IOException {
        RankedContest r = c.ranked().orElseThrow();
        g.writeStartObject();
        header(g, v, date, testData);
        g.writeNumberField("contest", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("url", base + "/contests/" + c.id() + "/rounds");
        g.writeStringField("rule", c.rule());
        g.writeNumberField("seats", c.voteFor());
        status(g, c);
        g.writeObjectFieldStart("castVoteRecords");
        castVoteRecords(g, r);
        sources(g, v.sources());
        g.writeEndObject();
        g.writeArrayFieldStart("elected");
        for (Choice ch : RankedFigures.winners(r.passes())) {
            g.writeString(ch.name());
        }
        g.writeEndArray();
        RankedPassesJson.write(g, r.passes());
        SliceRounds.list(g, slices);
        g.writeEndObject();
    }

    private static void reporting(JsonGenerator g, ContestReporting r) throws IOException {
        g.writeObjectFieldStart("reporting");
        g.writeStringField("level", r.level());
        g.writeNumberField("units", r.units());
        g.writeNumberField("unitsReporting", r.unitsReporting());
        g.writeNumberField("unitsReportingPercent", new BigDecimal(
                org.bellwether.core.rule.Percentage.format(r.unitsReporting(), r.units(), 1)));
        g.writeNumberField("votesCounted", r.votesCounted());
        if (r.expectedVote().isPresent()) {
            g.writeNumberField("expectedVote", r.expectedVote().getAsLong());
            g.writeNumberField("expectedVoteCountedPercent", new BigDecimal(org.bellwether.core.rule.Percentage
                    .format(r.votesCounted(), r.expectedVote().getAsLong(), 1)));
        } else {
            g.writeNullField("expectedVote");
            g.writeNullField("expectedVoteCountedPercent");
        }
        g.writeEndObject();
    }

    /** A newsroom's standing call and certification beside the count's status, each with what the count says. */
    private static void declared(JsonGenerator g, ContestDeclarations d) throws IOException {
        g.writeObjectFieldStart("declarations");
        g.writeNumberField("through", d.through());
        if (d.call().isPresent()) {
            ContestDeclarations.Call call = d.call().get();
            g.writeObjectFieldStart("call");
            g.writeNumberField("id", call.id());
            g.writeStringField("choice", call.choice());
            g.writeStringField("by", call.by());
            g.writeStringField("at", call.at().toString());
            g.writeStringField("reason", call.reason());
            optional(g, "disagreement", call.disagreement());
            g.writeEndObject();
        } else {
            g.writeNullField("call");
        }
        if (d.certification().isPresent()) {
            ContestDeclarations.Certification cert = d.certification().get();
            g.writeObjectFieldStart("certification");
            g.writeNumberField("id", cert.id());
            g.writeStringField("by", cert.by());
            g.writeStringField("at", cert.at().toString());
            g.writeStringField("reason", cert.reason());
            optional(g, "caveat", cert.caveat());
            g.writeEndObject();
        } else {
            g.writeNullField("certification");
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, java.util.Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    /** One stored declaration, as the declarations endpoint and the write endpoints answer it. */
    static void declaration(JsonGenerator g, Declaration d) throws IOException {
        DeclarationJson.write(g, d, false);
    }

    private static void choice(JsonGenerator g, ChoiceLine ch, java.util.Optional<String> call) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", ch.index());
        g.writeStringField("name", ch.name());
        if (ch.party().isPresent()) {
            g.writeStringField("party", ch.party().get());
        } else {
            g.writeNullField("party");
        }
        g.writeNumberField("votes", ch.votes());
        g.writeNumberField("percent", new BigDecimal(ch.percent()));
        g.writeNumberField("rank", ch.rank());
        g.writeStringField("winner", ch.winner());
        if (call.isPresent()) {
            g.writeStringField("call", call.get());
        }
        g.writeEndObject();
    }

    private static void details(JsonGenerator g, ContestView c) throws IOException {
        if (c.hurdle().isPresent()) {
            ContestView.Hurdle h = c.hurdle().get();
            g.writeObjectFieldStart("hurdle");
            g.writeStringField("leading", h.leading());
            g.writeStringField("trailing", h.trailing());
            g.writeNumberField("margin", h.margin());
            if (h.percent().isPresent()) {
                g.writeNumberField("percentOfRemainingNeeded", new BigDecimal(h.percent().get()));
            } else {
                g.writeNullField("percentOfRemainingNeeded");
            }
            g.writeBooleanField("path", h.path());
            g.writeEndObject();
        } else {
            g.writeNullField("hurdle");
        }
        if (c.recount().isPresent()) {
            g.writeStringField("recount", c.recount().get());
        } else {
            g.writeNullField("recount");
        }
        units(g, "byCounty", c.byCounty());
        g.writeArrayFieldStart("byVoteType");
        for (ContestView.VoteTypeLine v : c.byVoteType()) {
            g.writeStartObject();
            g.writeStringField("voteType", v.label());
            g.writeStringField("category", v.category());
            votes(g, v.votes());
            g.writeEndObject();
        }
        g.writeEndArray();
        units(g, "byUnit", c.byUnit());
    }

    private static void units(JsonGenerator g, String field, List<ContestView.UnitLine> lines) throws IOException {
        g.writeArrayFieldStart(field);
        for (ContestView.UnitLine u : lines) {
            g.writeStartObject();
            g.writeStringField("unit", u.id());
            g.writeStringField("name", u.name());
            g.writeStringField("county", u.county());
            g.writeNumberField("units", u.units());
            g.writeNumberField("unitsReporting", u.unitsReporting());
            votes(g, u.votes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void votes(JsonGenerator g, List<Long> votes) throws IOException {
        g.writeArrayFieldStart("votes");
        for (long v : votes) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    static void version(JsonGenerator g, VersionInfo v) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", v.number());
        g.writeStringField("lastUpdated", v.importedAt().toString());
        g.writeStringField("software", v.software());
        g.writeNumberField("tallies", v.tallies());
        g.writeNumberField("ballots", v.ballots());
        g.writeNumberField("changes", v.changes());
        sources(g, v.sources());
        g.writeEndObject();
    }

    static void sources(JsonGenerator g, List<StoredSource> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (StoredSource s : sources) {
            g.writeStartObject();
            g.writeStringField("path", s.path());
            g.writeStringField("sha256", s.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void status(JsonGenerator g, ContestView c) throws IOException {
        g.writeObjectFieldStart("status");
        g.writeStringField("code", c.status().code());
        g.writeStringField("words", c.status().words());
        g.writeStringField("why", c.status().why());
        g.writeEndObject();
    }

    static void diff(JsonGenerator g, TallyDiff d) throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", d.unit());
        g.writeStringField("contest", d.contest());
        g.writeStringField("choice", d.choice());
        g.writeStringField("voteType", d.voteType());
        if (d.before().isPresent()) {
            g.writeNumberField("before", d.before().getAsLong());
        } else {
            g.writeNullField("before");
        }
        if (d.after().isPresent()) {
            g.writeNumberField("after", d.after().getAsLong());
        } else {
            g.writeNullField("after");
        }
        g.writeEndObject();
    }

    static byte[] error(int status, String problem) {
        return bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", problem);
            g.writeEndObject();
        });
    }
}
