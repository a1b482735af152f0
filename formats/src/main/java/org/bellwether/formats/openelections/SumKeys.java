package org.bellwether.formats.openelections;

import org.bellwether.core.StatisticKind;

/**
 * Packs the keys of the totals check into one long each, in the layout of the core's tally key: contest (20 bits),
 * choice (12), unit (24), vote type (8). ElectionBuilder keeps every index inside those widths. The unit slot holds
 * the group a total covers: the county unit in a precinct file, 0 (the whole file) in a county-level file.
 */
final class SumKeys {

    private static final long CHOICE_BITS = 0xFFFL << 32;

    private SumKeys() {
    }

    static long choice(int unit, int contest, int choice, int voteType) {
        return ((long) contest << 44) | ((long) choice << 32) | ((long) unit << 8) | voteType;
    }

    /** All choices of a contest together: the key of a contest total (a row without a candidate). */
    static long contest(int unit, int contest, int voteType) {
        return choice(unit, contest, 0, voteType);
    }

    /** The contest-total key a choice key adds to. */
    static long contestOf(long choiceKey) {
        return choiceKey & ~CHOICE_BITS;
    }

    /** A statistic; the contest is stored plus one so that {@code UnitStatistic.UNIT_WIDE} (-1) packs as 0. */
    static long statistic(int unit, int contest, StatisticKind kind, int voteType) {
        return ((long) (contest + 1) << 34) | ((long) kind.ordinal() << 32) | ((long) unit << 8) | voteType;
    }

    static int unit(long key) {
        return (int) (key >>> 8) & 0xFF_FFFF;
    }

    static int contestIndex(long choiceKey) {
        return (int) (choiceKey >>> 44);
    }

    static int voteType(long key) {
        return (int) key & 0xFF;
    }
}
