package org.bellwether.formats.openelections;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one row's counts into reused arrays: one (vote type, count) pair per vote-type column, or the votes
 * column as vote type ALL. The rule is the same for every row of a file: when any vote-type cell is filled, every
 * vote-type column gives a tally (a blank one beside filled ones counts 0, as in Kiowa County's provisional
 * column) and the votes column, when given, must equal their sum; when all are blank (Harvey County's
 * {@code Registered Voters} rows, {@code 474,,,,,}) the votes column is stored as ALL.
 */
final class RowVotes {

    private final ReadContext context;
    private final VoteCounts counts;
    private final TotalsCheck totals;
    private final int votesColumn;
    private final int[] columns;
    private final String[] whats;
    private final String columnList;
    final VoteSlots slotTypes;
    /** The row's vote-type slots, their election indexes and counts; the first {@link #count} are valid. */
    final int[] slots;
    final int[] types;
    final long[] values;
    int count;

    RowVotes(Layout layout, VoteSlots slotTypes, ReadContext context, TotalsCheck totals) {
        this.context = context;
        this.counts = new VoteCounts(context);
        this.totals = totals;
        this.slotTypes = slotTypes;
        this.votesColumn = layout.votes();
        List<Layout.TypeColumn> typeColumns = layout.types();
        this.columns = typeColumns.stream().mapToInt(Layout.TypeColumn::column).toArray();
        this.whats = typeColumns.stream().map(t -> t.type().label() + " votes").toArray(String[]::new);
        this.columnList = typeColumns.stream().map(t -> t.type().label()).collect(Collectors.joining(" + "));
        this.slots = new int[Math.max(1, columns.length)];
        this.types = new int[slots.length];
        this.values = new long[slots.length];
    }

    void read(CsvFields record, long line) {
        if (columns.length == 0) {
            readAll(record, line);
        } else if (!readTypes(record, line)) {
            readAllBlank(record, line);
        } else if (votesColumn >= 0 && !record.isBlank(votesColumn)) {
            long sum = 0;
            for (int i = 0; i < count; i++) {
                sum += values[i];
            }
            totals.rowVotes(line, counts.parse(record, votesColumn, "votes", line), sum, columnList);
        }
    }

    /** Reads every vote-type cell; false when all are blank. */
    private boolean readTypes(CsvFields record, long line) {
        boolean filled = false;
        for (int i = 0; i < columns.length; i++) {
            boolean blank = record.isBlank(columns[i]);
            filled |= !blank;
            slots[i] = i;
            types[i] = slotTypes.type(i);
            values[i] = blank ? 0 : counts.parse(record, columns[i], whats[i], line);
        }
        count = columns.length;
        return filled;
    }

    private void readAllBlank(CsvFields record, long line) {
        if (votesColumn < 0) {
            throw context.error(line, "no votes: every vote-type column is blank");
        }
        readAll(record, line);
    }

    private void readAll(CsvFields record, long line) {
        slots[0] = slotTypes.all();
        types[0] = slotTypes.type(slots[0]);
        values[0] = counts.parse(record, votesColumn, "votes", line);
        count = 1;
    }

    /** The label of the i-th pair's vote type, for messages. */
    String label(int i) {
        return slotTypes.label(slots[i]);
    }
}
