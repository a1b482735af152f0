package org.bellwether.store;

import org.bellwether.core.StatisticKind;

/**
 * Packs the stable dictionary ids of a tally or a statistic into one long, for primitive maps and sorting.
 * The widths follow core's {@code TallyLimits}; stable ids are never reused within an election, so they may
 * outgrow the indices of one version only if entries come and go thousands of times.
 */
final class PackedKeys {

    static final int MAX_CONTEST_ID = (1 << 20) - 2;
    static final int MAX_CHOICE_ID = (1 << 12) - 1;
    static final int MAX_UNIT_ID = (1 << 24) - 1;
    static final int MAX_VOTE_TYPE_ID = (1 << 8) - 1;

    private PackedKeys() {
    }

    static long tally(int contest, int choice, int unit, int voteType) {
        return ((long) contest << 44) | ((long) choice << 32) | ((long) unit << 8) | voteType;
    }

    static int tallyContest(long key) {
        return (int) (key >>> 44);
    }

    static int tallyChoice(long key) {
        return (int) (key >>> 32) & 0xFFF;
    }

    static int tallyUnit(long key) {
        return (int) (key >>> 8) & 0xFF_FFFF;
    }

    static int voteType(long key) {
        return (int) key & 0xFF;
    }

    /** {@code contest} is -1 for a statistic about the whole ballot; it is stored plus one. */
    static long statistic(int unit, int contest, StatisticKind kind, int voteType) {
        return ((long) unit << 31) | ((long) (contest + 1) << 11) | ((long) kind.ordinal() << 8) | voteType;
    }

    static int statisticUnit(long key) {
        return (int) (key >>> 31);
    }

    static int statisticContest(long key) {
        return (int) (key >>> 11 & 0xF_FFFF) - 1;
    }

    static StatisticKind statisticKind(long key) {
        return StatisticKind.values()[(int) (key >>> 8) & 0x7];
    }
}
