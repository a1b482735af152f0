package org.bellwether.formats.clarity;

import java.util.Locale;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.formats.InputException;

/**
 * Reads {@code <VoterTurnout>} (a county's file: its precincts) or {@code <ElectionVoterTurnout>} (a state's
 * file: its counties): registered voters ({@code totalVoters}) and ballots cast per unit, stored as unit
 * statistics. The file-wide figures are totals, checked against the sum of the units and stored only when the
 * file lists no units with them.
 */
final class TurnoutParser {

    private static final StatisticKind[] KINDS = {StatisticKind.REGISTERED_VOTERS, StatisticKind.BALLOTS_CAST};
    private static final String[] ATTRIBUTES = {"totalVoters", "ballotsCast"};

    private final Cursor in;
    private final ElectionBuilder builder;
    private final Units units;
    private final VoteTypes voteTypes;
    private final Totals totals;

    TurnoutParser(Cursor in, ElectionBuilder builder, Units units, VoteTypes voteTypes, Totals totals) {
        this.in = in;
        this.builder = builder;
        this.units = units;
        this.voteTypes = voteTypes;
        this.totals = totals;
    }

    void turnout() {
        String tag = in.element();
        int line = in.line();
        long[] total = counts();
        long[] sum = new long[KINDS.length];
        boolean[] given = new boolean[KINDS.length];
        while (in.nextChild()) {
            String list = in.element();
            if ("Precincts".equals(list) || "Counties".equals(list)) {
                units(list, sum, given);
            } else {
                in.unknown(tag);
            }
        }
        for (int k = 0; k < KINDS.length; k++) {
            if (total[k] >= 0) {
                fileWide(k, total[k], given[k] ? sum[k] : -1, line, tag);
            }
        }
    }

    /** A file-wide figure: checked against its units when they give it, else the region's own figure. */
    private void fileWide(int kind, long total, long sum, int line, String tag) {
        if (sum >= 0) {
            totals.check(Totals.Kind.TURNOUT, line, total, sum, ATTRIBUTES[kind] + " of <" + tag + ">",
                    units.parts());
        } else {
            put(units.regionUnit(), kind, total, units.regionName());
        }
    }

    private void units(String list, long[] sum, boolean[] given) {
        units.startList();
        while (in.nextChild()) {
            String tag = in.element();
            if (!Units.PRECINCT.equals(tag) && !Units.COUNTY.equals(tag)) {
                in.unknown(list);
                continue;
            }
            String name = name();
            long[] counts = counts();
            int unit = units.child(tag, name);
            for (int k = 0; k < KINDS.length; k++) {
                if (counts[k] >= 0) {
                    put(unit, k, counts[k], name);
                    sum[k] += counts[k];
                    given[k] = true;
                }
            }
            while (in.nextChild()) {
                in.unknown(tag);
            }
        }
    }

    /** The unit's name, read before its counts so that each attribute is looked at by one method only. */
    private String name() {
        for (int i = 0; i < in.attributes(); i++) {
            if ("name".equals(in.attribute(i))) {
                return in.name(i);
            }
        }
        throw in.missing("name");
    }

    /** Registered voters and ballots cast of the current element, -1 where not given. */
    private long[] counts() {
        long[] counts = {-1, -1};
        int count = in.attributes();
        for (int i = 0; i < count; i++) {
            switch (in.attribute(i)) {
                case "totalVoters" -> counts[0] = in.count(i);
                case "ballotsCast" -> counts[1] = in.count(i);
                case "precinctsParticipating", "precinctsReported" -> in.count(i);
                case "name", "voterTurnout", "percentReporting", "precinctsReportingPercent" -> {
                    // the name is read apart; percentages follow from the counts, and precincts reporting are
                    // told per contest, where they differ
                }
                default -> in.unknownAttribute(i);
            }
        }
        return counts;
    }

    private void put(int unit, int kind, long count, String unitName) {
        if (!builder.statistic(unit, UnitStatistic.UNIT_WIDE, KINDS[kind], voteTypes.all(), count)) {
            throw in.error("duplicate: " + KINDS[kind].label().toLowerCase(Locale.ROOT) + " of "
                    + InputException.echo(unitName) + " given twice");
        }
    }
}
