package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.RankedSlice;
import org.bellwether.core.ranked.Transfer;

/**
 * Writes a ranked outcome as RCTab's detailed summary JSON ({@code *_summary.json}, format version 1): the same
 * keys in the same (sorted) order, the same pretty printing, and every figure as the same decimal string, so that
 * an official can compare it with RCTab's file field by field. Only {@code generatedBy} differs by design.
 */
public final class RctabSummaryWriter {

    /**
     * The summary's {@code config} block.
     *
     * @param contest      contest name
     * @param date         contest date as the configuration writes it
     * @param jurisdiction jurisdiction
     * @param office       office
     * @param generatedBy  the software and version that made the file
     */
    public record Header(String contest, String date, String jurisdiction, String office, String generatedBy) {
        public static Header of(RctabConfig config, String generatedBy) {
            return new Header(config.contestName(), config.date(), config.jurisdiction(), config.office(),
                    generatedBy);
        }
    }

    private static final String[] PRINTED = {"exhaustedChoices", "overvotes", "repeatedRankings", "skippedRankings"};

    private RctabSummaryWriter() {
    }

    public static void write(RankedOutcome outcome, Header header, OutputStream out) throws IOException {
        write(outcome, outcome.rounds(), null, header, out);
    }

    /** What a slice of the count is: RCTab's {@code tabulateByPrecinct} or {@code tabulateByBatch}. */
    public enum SliceKind {
        PRECINCT("precinct"), BATCH("batch");

        private final String key;

        SliceKind(String key) {
            this.key = key;
        }

        /** RCTab's key for it, in the summary's {@code config} and in its file names. */
        public String key() {
            return key;
        }
    }

    /**
     * Writes one precinct's (or batch's) share of the count as RCTab writes it when it tabulates by precinct or by
     * batch: the slice named in {@code config}, its tallies and transfers in every round under the count's decisions
     * and thresholds, and its own ballots in the summary.
     */
    public static void write(RankedOutcome outcome, RankedSlice slice, SliceKind kind, Header header,
            OutputStream out) throws IOException {
        write(outcome, slice.rounds(), Map.entry(kind.key(), slice.name()), header, out);
    }

    private static void write(RankedOutcome outcome, List<RankedRound> rounds, Map.Entry<String, String> slice,
            Header header, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart("config");
            Map<String, String> config = new TreeMap<>(Map.of("contest", header.contest(), "date", header.date(),
                    "generatedBy", header.generatedBy(), "jurisdiction", header.jurisdiction(), "office",
                    header.office()));
            if (slice != null) {
                config.put(slice.getKey(), slice.getValue());
            }
            for (Map.Entry<String, String> e : config.entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeStringField("jsonFormatVersion", "1");
            json.writeArrayFieldStart("results");
            for (RankedRound round : rounds) {
                round(json, outcome, round);
            }
            json.writeEndArray();
            summary(json, outcome, rounds);
            json.writeEndObject();
        }
    }

    private static void round(JsonGenerator json, RankedOutcome outcome, RankedRound round) throws IOException {
        Contest contest = outcome.contest();
        json.writeStartObject();
        json.writeObjectFieldStart("inactiveBallots");
        Map<String, BigDecimal> inactive = new TreeMap<>();
        for (InactiveCause cause : InactiveCause.values()) {
            inactive.put(cause.key(), round.inactive().get(cause));
        }
        boolean last = round.number() == outcome.rounds().size();
        for (Map.Entry<String, BigDecimal> e : inactive.entrySet()) {
            boolean printed = java.util.Arrays.asList(PRINTED).contains(e.getKey())
                    || (e.getKey().equals(InactiveCause.FINAL_ROUND_SURPLUS.key()) && last && surpluses(outcome));
            if (printed) {
                json.writeStringField(e.getKey(), e.getValue().toString());
            }
        }
        json.writeEndObject();
        json.writeNumberField("round", round.number());
        json.writeObjectFieldStart("tally");
        Map<String, BigDecimal> tally = new TreeMap<>();
        round.tallies().forEach((c, v) -> tally.put(contest.choices().get(c).name(), v));
        for (Map.Entry<String, BigDecimal> e : tally.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue().toString());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("tallyResults");
        for (boolean elected : new boolean[] {true, false}) {
            for (Decision d : round.decisions()) {
                if (d.elected() == elected) {
                    action(json, contest, d);
                }
            }
        }
        json.writeEndArray();
        json.writeStringField("threshold", round.threshold().toString());
        json.writeEndObject();
    }

    private static boolean surpluses(RankedOutcome outcome) {
        return outcome.rule() instanceof org.bellwether.core.rule.SingleTransferableVote;
    }

    private static void action(JsonGenerator json, Contest contest, Decision d) throws IOException {
        json.writeStartObject();
        json.writeStringField(d.elected() ? "elected" : "eliminated", contest.choices().get(d.choice()).name());
        json.writeObjectFieldStart("transfers");
        Map<String, BigDecimal> transfers = new TreeMap<>();
        for (Transfer t : d.transfers()) {
            String target = switch (t.target()) {
                case Transfer.EXHAUSTED -> "exhausted";
                case Transfer.RESIDUAL_SURPLUS -> "residual surplus";
                default -> contest.choices().get(t.target()).name();
            };
            transfers.put(target, t.votes());
        }
        for (Map.Entry<String, BigDecimal> e : transfers.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void summary(JsonGenerator json, RankedOutcome outcome, List<RankedRound> rounds)
            throws IOException {
        RankedRound first = rounds.get(0);
        RankedRound last = rounds.get(rounds.size() - 1);
        int seats = switch (outcome.rule()) {
            case org.bellwether.core.rule.SingleTransferableVote stv -> stv.seats();
            case org.bellwether.core.rule.BottomsUp bottomsUp -> bottomsUp.seats();
            case org.bellwether.core.rule.BottomsUpThreshold toShare -> 0; // as RCTab: it elects however many
            default -> 1;
        };
        json.writeObjectFieldStart("summary");
        json.writeStringField("finalThreshold", last.threshold().toString());
        json.writeNumberField("numCandidates", outcome.contest().choices().size());
        json.writeNumberField("numWinners", seats);
        json.writeStringField("totalNumBallots", total(first).toString());
        json.writeNumberField("undervotes", first.inactive().get(InactiveCause.NO_RANKINGS).toBigInteger());
        json.writeEndObject();
    }

    /** RCTab's total number of ballots: the first round's votes and inactive ballots of every cause. */
    static BigDecimal total(RankedRound first) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : first.tallies().values()) {
            sum = sum.add(v);
        }
        for (BigDecimal v : first.inactive().values()) {
            sum = sum.add(v);
        }
        return sum;
    }
}
