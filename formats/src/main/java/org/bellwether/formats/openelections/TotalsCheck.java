package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.bellwether.formats.TotalsPolicy;

/**
 * Checks a file's own totals against the sum of their parts once the file is read, since a total may come
 * before its parts (Georgia 2016 puts the blank-precinct county rows first). Parts are summed per group
 * (county, or the whole file in a county-level file), contest, choice and vote type in primitive tables that
 * grow with those keys, never with rows; only the totals themselves are kept as they come.
 *
 * <p>A total that disagrees, and a row whose votes disagree with its vote-type columns, follow the totals
 * policy: REJECT fails the read naming the line and both numbers, REPORT notes them and keeps the parts.
 */
final class TotalsCheck {

    private final ReadContext context;
    private final VoteSlots slots;
    private final String partsWord;
    private final SumTable choiceSums = new SumTable();
    private final SumTable statisticSums = new SumTable();
    private final EnumMap<TotalKind, SumTable> totalLines = new EnumMap<>(TotalKind.class);
    private final List<PendingTotal> pending = new ArrayList<>();
    private int partRows;
    private int totalRows;
    private int rowChecks;
    private int rowMismatches;

    TotalsCheck(ReadContext context, VoteSlots slots, boolean countyLevel) {
        this.context = context;
        this.slots = slots;
        this.partsWord = countyLevel ? "county" : "precinct";
        for (TotalKind kind : TotalKind.values()) {
            totalLines.put(kind, new SumTable());
        }
    }

    /** Adds a choice's votes in a unit to its group's sum, held on the entry until the group changes. */
    void part(ChoiceEntry entry, int group, int slot, long votes) {
        if (entry.sumsGroup != group) {
            flush(entry);
            entry.sumsGroup = group;
        }
        entry.groupSums[slot] += votes;
    }

    private void flush(ChoiceEntry entry) {
        if (entry.groupSums == null) {
            entry.groupSums = new long[slots.count()];
            return;
        }
        for (int slot = 0; slot < entry.groupSums.length; slot++) {
            if (entry.groupSums[slot] != 0) {
                choiceSums.add(SumKeys.choice(entry.sumsGroup, entry.contest, entry.choice, slots.type(slot)),
                        entry.groupSums[slot]);
                entry.groupSums[slot] = 0;
            }
        }
    }

    void partStatistic(long statisticKey, long count) {
        statisticSums.add(statisticKey, count);
    }

    void countPartRow() {
        partRows++;
    }

    void countTotalRow() {
        totalRows++;
    }

    /** Records a total to check at the end; a second total for the same key is a duplicate row. */
    void total(TotalKind kind, long key, long value, long line, String what) {
        long before = totalLines.get(kind).putIfAbsent(key, line);
        if (before >= 0) {
            throw context.error(line, "duplicate total row: " + what + " was already given on line " + before);
        }
        pending.add(new PendingTotal(kind, key, value, line, what));
    }

    /** Checks a row's votes column against the sum of its vote-type columns. */
    void rowVotes(long line, long votes, long sum, String columns) {
        rowChecks++;
        if (votes != sum) {
            rowMismatches++;
            disagree(line, "votes " + votes + " disagree with the vote-type columns: " + columns + " = " + sum,
                    "vote-type columns");
        }
    }

    void finish(List<ContestState> contests) {
        contests.forEach(c -> c.entries().stream().filter(e -> e.groupSums != null).forEach(this::flush));
        TotalSums sums = new TotalSums(choiceSums, statisticSums, pending, context.builder());
        int disagreeing = 0;
        long lastLine = -1;
        for (PendingTotal total : pending) {
            long sum = sums.of(total);
            if (sum != total.value()) {
                disagreeing += total.line() == lastLine ? 0 : 1;
                lastLine = total.line();
                String problem = "total row gives " + total.value() + " for " + total.what() + " but its "
                        + partsWord + " rows add up to " + sum;
                if (total.kind() == TotalKind.STATISTIC) {
                    // A statistic does not decide a contest, so a total that disagrees about it is noted, never
                    // fatal: the votes are still good.
                    context.notes().add("line " + total.line() + ": " + problem + "; a statistic, so noted and the "
                            + partsWord + " rows kept");
                } else {
                    disagree(total.line(), problem, partsWord + " rows");
                }
            }
        }
        summarise(disagreeing);
    }

    private void summarise(int disagreeing) {
        String parts = partRows + " " + partsWord + (partRows == 1 ? " row" : " rows");
        if (totalRows == 0) {
            context.notes().add("no total rows to check (" + parts + ")");
        } else if (disagreeing == 0) {
            context.notes().add(totalRows + " total rows match the sum of " + parts);
        } else {
            context.notes().add(disagreeing + " of " + totalRows + " total rows disagree with the sum of " + parts);
        }
        if (rowChecks > 0) {
            context.notes().add(rowMismatches == 0
                    ? "votes equal the sum of the vote-type columns on all " + rowChecks + " rows that give both"
                    : "votes disagree with the sum of the vote-type columns on " + rowMismatches + " of "
                            + rowChecks + " rows that give both");
        }
    }

    /** Applies the totals policy; {@code parts} names what REPORT keeps. */
    private void disagree(long line, String problem, String parts) {
        switch (context.options().totals()) {
            case TotalsPolicy.Reject reject -> throw context.error(line, problem
                    + " (--totals report would note this and keep the " + parts + ")");
            case TotalsPolicy.Report report -> context.notes().add("line " + line + ": " + problem + "; the "
                    + parts + " are kept");
        }
    }
}
