package org.bellwether.core.rule;

import java.util.Objects;

/**
 * What to do when choices with equal votes straddle the last seat or the last advancing place. A tie is never
 * broken silently: either it is left for the authority the law names, or it is drawn by a lot whose seed and
 * drawn order are recorded so anyone can repeat the draw.
 */
public sealed interface TieBreak permits TieBreak.Unresolved, TieBreak.SeededLot {

    /** The default: report the tie and leave it to the lot the law provides for. */
    TieBreak BY_LAW = new Unresolved("lot, as the law provides");

    String describe();

    /**
     * Leave the tie open: the outcome is pending and says who resolves it.
     *
     * @param authority who or what resolves it, e.g. {@code lot, as the law provides}
     */
    record Unresolved(String authority) implements TieBreak {

        public Unresolved {
            Objects.requireNonNull(authority, "tie-break authority");
            if (authority.isBlank()) {
                throw new IllegalArgumentException("tie-break: authority is blank");
            }
        }

        @Override
        public String describe() {
            return "tie, to be resolved by " + authority;
        }
    }

    /**
     * Draw the tie by a deterministic lot: the same seed always draws the same order, whatever order the
     * choices came in. Meant for projections and rehearsals, or to carry out a public draw's published seed.
     *
     * @param seed the seed of the draw
     */
    record SeededLot(long seed) implements TieBreak {

        @Override
        public String describe() {
            return "lot drawn with seed " + seed;
        }
    }
}
