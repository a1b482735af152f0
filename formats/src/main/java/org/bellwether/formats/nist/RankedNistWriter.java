package org.bellwether.formats.nist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * A ranked count as NIST SP 1500-100 v2 Election Results Reporting, XML or JSON, valid against NIST's XSD and JSON
 * Schema: one {@code CandidateContest} per pass (one, or one per seat of a sequential count) with
 * {@code VoteVariation} rcv and its {@code NumberElected}, and for each candidate one {@code VoteCounts} of type
 * total per round, with the schema's {@code Round} (its one ranked-choice count field) and the votes as counted
 * (fractional in an STV count). Ballots that ranked nobody are the contest's {@code Undervotes}. The schema has no
 * place for ballots inactive by cause, transfers or thresholds: those are in Bellwether's JSON and RCTab's summary.
 *
 * <p>Written in the order the XSD's sequences require (which JSON ignores). Byte-identical for the same count: ids
 * derive from positions, and {@code GeneratedDate} is the election day at midnight UTC, never the clock.
 */
public final class RankedNistWriter {

    private static final String SCOPE = "gpu-jurisdiction";

    private final String software;
    private final boolean xml;

    /**
     * @param software the writing software and version: the report's {@code VendorApplicationId}
     * @param xml      XML (else JSON)
     */
    public RankedNistWriter(String software, boolean xml) {
        this.software = Objects.requireNonNull(software, "software");
        this.xml = xml;
    }

    /**
     * @param jurisdiction the jurisdiction counted (the configuration's), the report's one reporting unit
     * @param date         the election day, if known
     * @param passes       the count: one outcome, or one per pass of a sequential count
     */
    public void write(String jurisdiction, Optional<LocalDate> date, List<RankedOutcome> passes, OutputStream out) {
        Sink sink = xml ? new XmlSink(out) : new JsonSink(out);
        String contest = passes.get(0).contest().name();
        sink.begin("ElectionReport", "ElectionReport", false, null);
        sink.list("Election");
        sink.begin("Election", "Election", false, null);
        candidates(sink, passes.get(0));
        sink.list("Contest");
        for (int p = 0; p < passes.size(); p++) {
            contest(sink, passes.get(p), p + 1, passes.size());
        }
        sink.endList();
        sink.value("ElectionScopeId", SCOPE);
        sink.text("Name", contest);
        sink.value("StartDate", NistDates.electionDay(date));
        sink.value("EndDate", NistDates.electionDay(date));
        sink.value("Type", type(contest));
        sink.end();
        sink.endList();
        sink.value("Format", "summary-contest");
        sink.value("GeneratedDate", NistDates.generated(date));
        sink.list("GpUnit");
        sink.begin("GpUnit", "ReportingUnit", true, SCOPE);
        sink.text("Name", jurisdiction.isBlank() ? contest : jurisdiction);
        sink.value("Type", "other");
        sink.value("OtherType", "jurisdiction");
        sink.end();
        sink.endList();
        sink.value("Issuer", "Bellwether");
        sink.value("IssuerAbbreviation", "Bellwether");
        sink.value("SequenceStart", 1);
        sink.value("SequenceEnd", 1);
        sink.value("Status", "unofficial-complete");
        sink.value("VendorApplicationId", software);
        sink.end();
        sink.finish();
    }

    /** The same, to a writer of characters. */
    public void write(String jurisdiction, Optional<LocalDate> date, List<RankedOutcome> passes, Writer out)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(jurisdiction, date, passes, bytes);
        out.write(bytes.toString(StandardCharsets.UTF_8));
    }

    private static String type(String name) {
        return switch (ElectionType.fromName(name)) {
            case PRIMARY -> "primary";
            case SPECIAL -> "special";
            case RUNOFF -> "runoff";
            default -> "general";
        };
    }

    private static void candidates(Sink sink, RankedOutcome o) {
        sink.list("Candidate");
        List<Choice> choices = o.contest().choices();
        for (int c = 0; c < choices.size(); c++) {
            sink.begin("Candidate", "Candidate", false, "cand-" + (c + 1));
            sink.text("BallotName", choices.get(c).name());
            sink.end();
        }
        sink.endList();
    }

    private static void contest(Sink sink, RankedOutcome o, int pass, int passes) {
        String id = "contest-" + pass;
        sink.begin("Contest", "CandidateContest", true, id);
        sink.list("ContestSelection");
        List<Choice> choices = o.contest().choices();
        for (int c = 0; c < choices.size(); c++) {
            sink.begin("ContestSelection", "CandidateSelection", true, id + "-sel-" + (c + 1));
            voteCounts(sink, o, c);
            sink.ids("CandidateIds", List.of("cand-" + (c + 1)));
            sink.bool("IsWriteIn", choices.get(c).writeIn());
            sink.end();
        }
        sink.endList();
        sink.value("ElectionDistrictId", SCOPE);
        sink.value("Name", o.contest().name() + (passes > 1 ? " (pass " + pass + " of " + passes + ")" : ""));
        sink.list("OtherCounts");
        sink.begin("OtherCounts", "OtherCounts", false, null);
        sink.value("GpUnitId", SCOPE);
        sink.decimal("Undervotes", o.noRankings());
        sink.end();
        sink.endList();
        sink.value("VoteVariation", "rcv");
        sink.value("NumberElected", seats(o));
        sink.value("VotesAllowed", 1);
        sink.end();
    }

    private static void voteCounts(Sink sink, RankedOutcome o, int c) {
        sink.list("VoteCounts");
        for (RankedRound round : o.rounds()) {
            BigDecimal votes = round.tallies().get(c);
            if (votes != null) {
                sink.begin("VoteCounts", "VoteCounts", false, null);
                sink.value("GpUnitId", SCOPE);
                sink.value("Round", round.number());
                sink.value("Type", "total");
                sink.decimal("Count", votes);
                sink.end();
            }
        }
        sink.endList();
    }

    private static int seats(RankedOutcome o) {
        return switch (o.rule()) {
            case SingleTransferableVote stv -> stv.seats();
            case BottomsUp bottomsUp -> bottomsUp.seats();
            default -> 1;
        };
    }
}
