package org.bellwether.formats.openelections;

import org.bellwether.core.UnitStatistic;

/**
 * Reads each data row into the election: resolves its unit, contest and candidate cell (each cached, since
 * rows come grouped), reads its counts, then adds tallies or statistics, or holds it as a total to check. Total
 * rows are never stored. Nothing is allocated per row: {@link CsvFields} gives cells that repeat as the
 * same Strings and counts without any.
 */
final class RowReader {

    private final ReadContext context;
    private final int fieldCount;
    private final int countyColumn;
    private final int precinctColumn;
    private final int officeColumn;
    private final int districtColumn;
    private final int partyColumn;
    private final int candidateColumn;
    private final Units units;
    private final Contests contests;
    private final Choices choices;
    private final TotalsCheck totals;
    private final RowVotes votes;
    private final TotalRows totalRows;
    private final LineLog log;
    /**
     * The record read last and its contest: a row whose unit or contest cells repeat that record's needs no
     * resolving, since the units and contests already stand for those cells.
     */
    private long lastRecord = -1;
    private ContestState contest;

    RowReader(Layout layout, ReadContext context, LineLog log) {
        this.context = context;
        this.fieldCount = layout.fieldCount();
        this.countyColumn = layout.county();
        this.precinctColumn = layout.precinct();
        this.officeColumn = layout.office();
        this.districtColumn = layout.district();
        this.partyColumn = layout.party();
        this.candidateColumn = layout.candidate();
        this.units = new Units(context, layout.countyLevel());
        this.contests = new Contests(context);
        this.choices = new Choices(context);
        VoteSlots slots = new VoteSlots(layout, context.builder());
        this.totals = new TotalsCheck(context, slots, layout.countyLevel());
        this.votes = new RowVotes(layout, slots, context, totals);
        this.totalRows = new TotalRows(units, votes, totals);
        this.log = log;
    }

    void accept(CsvFields record) {
        long line = record.line();
        if (record.count() != fieldCount) {
            if (record.count() == 1 && record.isBlank(0)) {
                return;
            }
            throw context.error(line, record.count() + " fields, but the header has " + fieldCount);
        }
        boolean follows = record.number() == lastRecord + 1;
        lastRecord = record.number();
        if (!(follows && repeats(record, countyColumn) && repeats(record, precinctColumn))) {
            units.resolve(record.get(countyColumn), precinctColumn < 0 ? null : record.get(precinctColumn),
                    line);
        }
        if (!(follows && contest != null && repeats(record, officeColumn) && repeats(record, districtColumn))) {
            contest = contests.resolve(record.get(officeColumn),
                    districtColumn < 0 ? "" : record.get(districtColumn), line);
        }
        ChoiceEntry entry = choices.entry(contest, record.get(candidateColumn), record, partyColumn, line);
        votes.read(record, line);
        store(contest, entry, line);
    }

    /** Whether a column, when the layout has it, repeats the record before's: a missing column always does. */
    private static boolean repeats(CsvFields record, int column) {
        return column < 0 || record.repeats(column);
    }

    /** Total rows are held for the check; other rows become tallies or statistics. */
    private void store(ContestState contest, ChoiceEntry entry, long line) {
        if (units.total() || entry.kind == RowKind.CONTEST_TOTAL) {
            totals.countTotalRow();
            totalRows.add(contest, entry, line);
        } else if (entry.kind.isChoice()) {
            totals.countPartRow();
            tallies(contest, entry, line);
        } else {
            totals.countPartRow();
            statistics(contest, entry, line);
        }
    }

    private void tallies(ContestState contest, ChoiceEntry entry, long line) {
        int contestIndex = contest.index();
        int unit = units.unit();
        for (int i = 0; i < votes.count; i++) {
            int type = votes.types[i];
            long value = votes.values[i];
            int existing = context.builder().tally(contestIndex, entry.choice, unit, type, value);
            if (existing >= 0) {
                throw new DuplicateRow(line, false, existing, units.id() + ", " + contest.name + ", " + entry.name
                        + " (" + votes.label(i) + ")");
            }
            log.tallied(line);
            totals.part(entry, units.group(), votes.slots[i], value);
        }
    }

    private void statistics(ContestState contest, ChoiceEntry entry, long line) {
        int contestIndex = entry.kind.unitWide() ? UnitStatistic.UNIT_WIDE : contest.index();
        int unit = units.unit();
        for (int i = 0; i < votes.count; i++) {
            int type = votes.types[i];
            long key = SumKeys.statistic(unit, contestIndex, entry.kind.statistic(), type);
            if (!context.builder().statistic(unit, contestIndex, entry.kind.statistic(), type, votes.values[i])) {
                throw new DuplicateRow(line, true, key, entry.name + " of " + units.id()
                        + (entry.kind.unitWide() ? "" : ", " + contest.name) + " (" + votes.label(i) + ")");
            }
            log.counted(key, line);
            totals.partStatistic(SumKeys.statistic(units.group(), contestIndex, entry.kind.statistic(), type),
                    votes.values[i]);
        }
    }

    void finish() {
        totals.finish(contests.all());
        choices.finish(contests.all());
        units.addNotes(context.notes());
    }
}
