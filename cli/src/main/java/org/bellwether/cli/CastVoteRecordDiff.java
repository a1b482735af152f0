package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.BallotChanges;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.store.StoredCastVoteRecords;

/**
 * {@code diff} of two stored versions of cast-vote records: ballots added, removed and changed (matched by id),
 * then what that does to the count: each candidate's votes in each round where they differ, and who is elected.
 * Each version is counted under the configuration it was stored with (the last pass of a sequential count).
 */
final class CastVoteRecordDiff {

    private final StoredCastVoteRecords before;
    private final StoredCastVoteRecords after;
    private final BallotChanges changes;
    private final RankedOutcome countBefore;
    private final RankedOutcome countAfter;

    CastVoteRecordDiff(StoredCastVoteRecords before, StoredCastVoteRecords after) {
        this.before = before;
        this.after = after;
        this.changes = BallotChanges.between(before.ballots(), after.ballots());
        this.countBefore = count(before);
        this.countAfter = count(after);
    }

    private static RankedOutcome count(StoredCastVoteRecords stored) {
        List<RankedOutcome> passes = RankedCount.count(stored.ballots(), StoredCounts.config(stored).rule(),
                "version " + stored.version().number());
        return passes.get(passes.size() - 1);
    }

    /** How many ballots differ (added, removed or changed). */
    int differences() {
        return changes.added().size() + changes.removed().size() + changes.changed().size();
    }

    /** One candidate's votes in one round, before and after (null where the round or candidate is not counted). */
    record RoundLine(int round, String choice, BigDecimal before, BigDecimal after) {
    }

    List<RoundLine> roundLines() {
        List<RoundLine> lines = new ArrayList<>();
        int rounds = Math.max(countBefore.rounds().size(), countAfter.rounds().size());
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(names(countAfter.contest())));
        names(countBefore.contest()).stream().filter(n -> !names.contains(n)).forEach(names::add);
        for (int r = 1; r <= rounds; r++) {
            for (String name : names) {
                BigDecimal a = votes(countBefore, r, name);
                BigDecimal b = votes(countAfter, r, name);
                if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                    lines.add(new RoundLine(r, name, a, b));
                }
            }
        }
        return lines;
    }

    private static List<String> names(Contest contest) {
        return contest.choices().stream().map(c -> c.name()).toList();
    }

    private static BigDecimal votes(RankedOutcome outcome, int round, String name) {
        if (round > outcome.rounds().size()) {
            return null;
        }
        RankedRound r = outcome.rounds().get(round - 1);
        int index = names(outcome.contest()).indexOf(name);
        return index < 0 ? null : r.tallies().get(index);
    }

    void text(PrintWriter out) {
        out.println("Cast-vote records of " + after.version().electionKey() + ", version "
                + before.version().number() + " -> " + after.version().number() + ": "
                + String.format(Locale.ROOT, "%,d -> %,d ballots", before.ballots().ballots(),
                        after.ballots().ballots()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Ballot", "Change", "Before", "After"));
        changes.removed().forEach(id -> rows.add(List.of(id, "removed", "", "")));
        changes.added().forEach(id -> rows.add(List.of(id, "added", "", "")));
        for (BallotChanges.Changed c : changes.changed()) {
            rows.add(List.of(c.id(), "changed", describe(c.before(), before), describe(c.after(), after)));
        }
        if (rows.size() > 1) {
            out.print(Columns.render(rows, 4));
        }
        List<RoundLine> lines = roundLines();
        if (!lines.isEmpty()) {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("Round", "Choice", "Before", "After"));
            for (RoundLine l : lines) {
                table.add(List.of(String.valueOf(l.round()), l.choice(), figure(l.before()), figure(l.after())));
            }
            out.print("\nThe count, round by round, where it differs:\n" + Columns.render(table, 2));
        }
        out.println("rounds: " + countBefore.rounds().size() + " -> " + countAfter.rounds().size());
        out.println("elected: " + elected(countBefore) + " -> " + elected(countAfter));
        out.println(changes.added().size() + " added, " + changes.removed().size() + " removed, "
                + changes.changed().size() + " changed: " + differences() + " ballot" + (differences() == 1
                ? " differs" : "s differ") + " between versions " + before.version().number() + " and "
                + after.version().number() + ".");
    }

    private static String figure(BigDecimal v) {
        return v == null ? DiffCommand.ABSENT : v.toPlainString();
    }

    private static String elected(RankedOutcome outcome) {
        return outcome.elected().isEmpty() ? "nobody"
                : String.join(", ", outcome.elected().stream().map(c -> c.name()).toList());
    }

    /** "1 BETSY HODGES; 2 MARK ANDREW (precinct P-3, batch 12)". */
    private static String describe(BallotChanges.Ballot b, StoredCastVoteRecords in) {
        List<String> marks = new ArrayList<>();
        for (int m : b.marks()) {
            marks.add((m >>> 16) + " " + choice(in, m & 0xFFFF));
        }
        List<String> where = new ArrayList<>();
        if (!b.precinct().isEmpty()) {
            where.add("precinct " + b.precinct());
        }
        if (!b.batch().isEmpty()) {
            where.add("batch " + b.batch());
        }
        if (!b.tabulator().isEmpty()) {
            where.add("tabulator " + b.tabulator());
        }
        return (marks.isEmpty() ? "no rankings" : String.join("; ", marks))
                + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }

    private static String choice(StoredCastVoteRecords in, int candidate) {
        return candidate == org.bellwether.core.ranked.RankedBallots.OVERVOTE ? "(overvote)"
                : in.ballots().contest().choices().get(candidate).name();
    }

    /** The {@code castVoteRecords} object of diff's JSON. */
    void json(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("castVoteRecords");
        g.writeNumberField("ballotsBefore", before.ballots().ballots());
        g.writeNumberField("ballotsAfter", after.ballots().ballots());
        JsonDocument.strings(g, "added", changes.added());
        JsonDocument.strings(g, "removed", changes.removed());
        g.writeArrayFieldStart("changed");
        for (BallotChanges.Changed c : changes.changed()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            ballot(g, "before", c.before(), before);
            ballot(g, "after", c.after(), after);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rounds");
        for (RoundLine l : roundLines()) {
            g.writeStartObject();
            g.writeNumberField("round", l.round());
            g.writeStringField("choice", l.choice());
            decimal(g, "before", l.before());
            decimal(g, "after", l.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("roundsBefore", countBefore.rounds().size());
        g.writeNumberField("roundsAfter", countAfter.rounds().size());
        JsonDocument.strings(g, "electedBefore", countBefore.elected().stream().map(c -> c.name()).toList());
        JsonDocument.strings(g, "electedAfter", countAfter.elected().stream().map(c -> c.name()).toList());
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String field, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeNumber(v.toPlainString());
        }
    }

    private static void ballot(JsonGenerator g, String field, BallotChanges.Ballot b, StoredCastVoteRecords in)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("rankings");
        for (int m : b.marks()) {
            g.writeStartObject();
            g.writeNumberField("rank", m >>> 16);
            g.writeStringField("choice", choice(in, m & 0xFFFF));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("precinct", b.precinct());
        g.writeStringField("batch", b.batch());
        g.writeStringField("tabulator", b.tabulator());
        g.writeEndObject();
    }
}
