package org.bellwether.core;

/** Packs a tally's four indices into one long: contest (20 bits), choice (12), unit (24), vote type (8). */
final class TallyKey {

    private TallyKey() {
    }

    static long pack(int contest, int choice, int unit, int voteType) {
        TallyLimits.check("contest index", contest, TallyLimits.MAX_CONTESTS);
        TallyLimits.check("choice index", choice, TallyLimits.MAX_CHOICES_PER_CONTEST);
        TallyLimits.check("unit index", unit, TallyLimits.MAX_UNITS);
        TallyLimits.check("vote type index", voteType, TallyLimits.MAX_VOTE_TYPES);
        return ((long) contest << 44) | ((long) choice << 32) | ((long) unit << 8) | voteType;
    }

    static int contest(long key) {
        return (int) (key >>> 44);
    }

    static int choice(long key) {
        return (int) (key >>> 32) & 0xFFF;
    }

    static int unit(long key) {
        return (int) (key >>> 8) & 0xFF_FFFF;
    }

    static int voteType(long key) {
        return (int) key & 0xFF;
    }
}
