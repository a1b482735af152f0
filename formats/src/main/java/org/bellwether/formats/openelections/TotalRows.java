package org.bellwether.formats.openelections;

import org.bellwether.core.UnitStatistic;

/**
 * Holds a total row's counts for the check at the end of the file, keyed by what they total: a TOTAL precinct
 * or blank-precinct row totals its county, a {@code Total} county row the whole file, and a row without a
 * candidate the contest in its unit.
 */
final class TotalRows {

    private final Units units;
    private final RowVotes votes;
    private final TotalsCheck totals;

    TotalRows(Units units, RowVotes votes, TotalsCheck totals) {
        this.units = units;
        this.votes = votes;
        this.totals = totals;
    }

    void add(ContestState contest, ChoiceEntry entry, long line) {
        for (int i = 0; i < votes.count; i++) {
            int type = votes.types[i];
            String what = describe(contest, entry, i);
            if (!units.total()) {
                totals.total(TotalKind.UNIT_CONTEST, SumKeys.contest(units.unit(), contest.index(), type),
                        votes.values[i], line, what);
            } else {
                addGroupTotal(contest, entry, type, votes.values[i], line, what);
            }
        }
    }

    private void addGroupTotal(ContestState contest, ChoiceEntry entry, int type, long value, long line,
            String what) {
        int group = units.group();
        switch (entry.kind) {
            case CHOICE, WRITE_IN -> totals.total(TotalKind.CHOICE,
                    SumKeys.choice(group, contest.index(), entry.choice, type), value, line, what);
            case CONTEST_TOTAL -> totals.total(TotalKind.GROUP_CONTEST,
                    SumKeys.contest(group, contest.index(), type), value, line, what);
            case REGISTERED_VOTERS, BALLOTS_CAST, UNDERVOTES, OVERVOTES -> totals.total(TotalKind.STATISTIC,
                    SumKeys.statistic(group, entry.kind.unitWide() ? UnitStatistic.UNIT_WIDE : contest.index(),
                            entry.kind.statistic(), type), value, line, what);
        }
    }

    /** {@code Cobb TOTAL, U.S. House, District 6, Karen Handel (all)}, for messages. */
    private String describe(ContestState contest, ChoiceEntry entry, int i) {
        String where = units.total() ? units.totalLabel() : units.id();
        String choice = entry.kind == RowKind.CONTEST_TOTAL ? "all candidates" : entry.name;
        return where + ", " + (entry.kind.unitWide() ? "" : contest.name + ", ") + choice + " ("
                + votes.label(i) + ")";
    }
}
