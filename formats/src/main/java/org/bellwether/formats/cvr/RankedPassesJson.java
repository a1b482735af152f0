package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.Transfer;

/**
 * The passes of a ranked count as JSON, shared by the command line's {@code ranked.schema.json} and the server's
 * rounds endpoint: each pass (one, or one per seat of a sequential count) round by round: threshold, each
 * candidate's votes, inactive ballots by cause, who was elected or eliminated and why, and where the votes went.
 * Figures are exact decimal numbers, as counted (whole votes, or RCTab's decimal places).
 */
public final class RankedPassesJson {

    private RankedPassesJson() {
    }

    /** The field {@code passes}: an array of every pass, numbered from 1. */
    public static void write(JsonGenerator g, List<RankedOutcome> passes) throws IOException {
        g.writeArrayFieldStart("passes");
        for (int i = 0; i < passes.size(); i++) {
            pass(g, i + 1, passes.get(i));
        }
        g.writeEndArray();
    }

    private static void pass(JsonGenerator g, int number, RankedOutcome o) throws IOException {
        Contest contest = o.contest();
        g.writeStartObject();
        g.writeNumberField("pass", number);
        g.writeStringField("rule", o.rule().describe());
        g.writeNumberField("ballots", o.ballots());
        number(g, "noRankings", o.noRankings());
        strings(g, "permutation", o.permutation());
        g.writeArrayFieldStart("rounds");
        for (RankedRound round : o.rounds()) {
            round(g, contest, round);
        }
        g.writeEndArray();
        strings(g, "elected", o.elected().stream().map(c -> c.name()).toList());
        g.writeStringField("status", o.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (o.pendingTie().isPresent()) {
            var t = o.pendingTie().get();
            g.writeObjectFieldStart("pendingTie");
            g.writeNumberField("round", t.round());
            strings(g, "choices", t.candidates().stream().map(c -> contest.choices().get(c).name()).toList());
            number(g, "votes", t.votes());
            g.writeBooleanField("forSeat", t.forWinning());
            g.writeStringField("resolvedBy", t.authority());
            g.writeEndObject();
        } else {
            g.writeNullField("pendingTie");
        }
        g.writeEndObject();
    }

    private static void round(JsonGenerator g, Contest contest, RankedRound round) throws IOException {
        g.writeStartObject();
        g.writeNumberField("round", round.number());
        number(g, "threshold", round.threshold());
        g.writeArrayFieldStart("tallies");
        for (var e : round.tallies().entrySet()) {
            g.writeStartObject();
            g.writeStringField("choice", contest.choices().get(e.getKey()).name());
            number(g, "votes", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("inactive");
        for (InactiveCause cause : InactiveCause.values()) {
            number(g, cause.key(), round.inactive().get(cause));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("decisions");
        for (Decision d : round.decisions()) {
            decision(g, contest, d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void decision(JsonGenerator g, Contest contest, Decision d) throws IOException {
        g.writeStartObject();
        g.writeStringField("choice", contest.choices().get(d.choice()).name());
        g.writeStringField("decision", d.elected() ? "elected" : "eliminated");
        g.writeStringField("reason", d.reason());
        g.writeStringField("tieBreak", d.tieBreak().orElse(null));
        g.writeArrayFieldStart("transfers");
        for (Transfer t : d.transfers()) {
            g.writeStartObject();
            g.writeStringField("to", target(contest, t));
            number(g, "votes", t.votes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A candidate's name, or {@code exhausted}, or {@code residual surplus}. */
    public static String target(Contest contest, Transfer t) {
        return switch (t.target()) {
            case Transfer.EXHAUSTED -> "exhausted";
            case Transfer.RESIDUAL_SURPLUS -> "residual surplus";
            default -> contest.choices().get(t.target()).name();
        };
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, BigDecimal v) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(v.toPlainString());
    }
}
