package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionType;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.SingleTransferableVote;

/**
 * A ranked count as NIST SP 1500-100 v2 Election Results Reporting JSON, valid against NIST's JSON Schema: one
 * {@code CandidateContest} per pass (one, or one per seat of a sequential count) with {@code VoteVariation} rcv and
 * its {@code NumberElected}, and for each candidate one {@code VoteCounts} of type total per round, with the schema's
 * {@code Round} (its one ranked-choice count field) and the votes as counted (fractional in an STV count). Ballots
 * that ranked nobody are the contest's {@code Undervotes}. The schema has no place for ballots inactive by cause,
 * transfers or thresholds: those are in Bellwether's JSON and RCTab's summary.
 *
 * <p>Byte-identical for the same count: ids derive from positions, and {@code GeneratedDate} is the election day
 * at midnight UTC, never the clock.
 */
public final class RankedNistJsonWriter {

    private static final String SCOPE = "gpu-jurisdiction";

    private final String software;

    /** @param software the writing software and version: the report's {@code VendorApplicationId} */
    public RankedNistJsonWriter(String software) {
        this.software = Objects.requireNonNull(software, "software");
    }

    /**
     * @param jurisdiction the jurisdiction counted (the configuration's), the report's one reporting unit
     * @param date         the election day, if known
     * @param passes       the count: one outcome, or one per pass of a sequential count
     */
    public void write(String jurisdiction, Optional<LocalDate> date, List<RankedOutcome> passes, Writer out)
            throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            String contest = passes.get(0).contest().name();
            g.writeStartObject();
            g.writeStringField("@type", "ElectionResults.ElectionReport");
            g.writeArrayFieldStart("Election");
            g.writeStartObject();
            g.writeStringField("@type", "ElectionResults.Election");
            candidates(g, passes.get(0));
            g.writeArrayFieldStart("Contest");
            for (int p = 0; p < passes.size(); p++) {
                contest(g, passes.get(p), p + 1, passes.size());
            }
            g.writeEndArray();
            g.writeStringField("ElectionScopeId", SCOPE);
            g.writeStringField("EndDate", NistDates.electionDay(date));
            text(g, "Name", contest);
            g.writeStringField("StartDate", NistDates.electionDay(date));
            g.writeStringField("Type", type(contest));
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("Format", "summary-contest");
            g.writeStringField("GeneratedDate", NistDates.generated(date));
            g.writeArrayFieldStart("GpUnit");
            g.writeStartObject();
            g.writeStringField("@id", SCOPE);
            g.writeStringField("@type", "ElectionResults.ReportingUnit");
            text(g, "Name", jurisdiction.isBlank() ? contest : jurisdiction);
            g.writeStringField("OtherType", "jurisdiction");
            g.writeStringField("Type", "other");
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("Issuer", "Bellwether");
            g.writeStringField("IssuerAbbreviation", "Bellwether");
            g.writeNumberField("SequenceEnd", 1);
            g.writeNumberField("SequenceStart", 1);
            g.writeStringField("Status", "unofficial-complete");
            g.writeStringField("VendorApplicationId", software);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static String type(String name) {
        return switch (ElectionType.fromName(name)) {
            case PRIMARY -> "primary";
            case SPECIAL -> "special";
            case RUNOFF -> "runoff";
            default -> "general";
        };
    }

    private static void candidates(JsonGenerator g, RankedOutcome o) throws IOException {
        g.writeArrayFieldStart("Candidate");
        List<Choice> choices = o.contest().choices();
        for (int c = 0; c < choices.size(); c++) {
            g.writeStartObject();
            g.writeStringField("@id", "cand-" + (c + 1));
            g.writeStringField("@type", "ElectionResults.Candidate");
            text(g, "BallotName", choices.get(c).name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void contest(JsonGenerator g, RankedOutcome o, int pass, int passes) throws IOException {
        String id = "contest-" + pass;
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeStringField("@type", "ElectionResults.CandidateContest");
        g.writeArrayFieldStart("ContestSelection");
        List<Choice> choices = o.contest().choices();
        for (int c = 0; c < choices.size(); c++) {
            g.writeStartObject();
            g.writeStringField("@id", id + "-sel-" + (c + 1));
            g.writeStringField("@type", "ElectionResults.CandidateSelection");
            g.writeArrayFieldStart("CandidateIds");
            g.writeString("cand-" + (c + 1));
            g.writeEndArray();
            g.writeBooleanField("IsWriteIn", choices.get(c).writeIn());
            g.writeArrayFieldStart("VoteCounts");
            for (RankedRound round : o.rounds()) {
                BigDecimal votes = round.tallies().get(c);
                if (votes != null) {
                    g.writeStartObject();
                    g.writeStringField("@type", "ElectionResults.VoteCounts");
                    g.writeFieldName("Count");
                    g.writeNumber(votes.toPlainString());
                    g.writeStringField("GpUnitId", SCOPE);
                    g.writeNumberField("Round", round.number());
                    g.writeStringField("Type", "total");
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("ElectionDistrictId", SCOPE);
        g.writeStringField("Name", o.contest().name() + (passes > 1 ? " (pass " + pass + " of " + passes + ")" : ""));
        g.writeNumberField("NumberElected", seats(o));
        g.writeArrayFieldStart("OtherCounts");
        g.writeStartObject();
        g.writeStringField("@type", "ElectionResults.OtherCounts");
        g.writeStringField("GpUnitId", SCOPE);
        g.writeFieldName("Undervotes");
        g.writeNumber(o.noRankings().toPlainString());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("VoteVariation", "rcv");
        g.writeNumberField("VotesAllowed", 1);
        g.writeEndObject();
    }

    private static int seats(RankedOutcome o) {
        return switch (o.rule()) {
            case SingleTransferableVote stv -> stv.seats();
            case BottomsUp bottomsUp -> bottomsUp.seats();
            default -> 1;
        };
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("@type", "ElectionResults.InternationalizedText");
        g.writeArrayFieldStart("Text");
        g.writeStartObject();
        g.writeStringField("@type", "ElectionResults.LanguageString");
        g.writeStringField("Content", value);
        g.writeStringField("Language", "en");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }
}
