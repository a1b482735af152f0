package org.bellwether.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * How a ranked count breaks a tie: between candidates with equal votes when one is to be eliminated, or when
 * more reach the threshold than seats remain. Every mode RCTab offers ({@code tiebreakMode}) is one type here,
 * and the outcome records the mode and each tie it decided.
 */
public sealed interface RankedTieBreak {

    /** The default: stop the count and say who resolves the tie; nothing is final until then. */
    RankedTieBreak BY_LAW = new Ask("lot, as the law provides");

    String describe();

    /**
     * Stop at the tie and leave it to an authority (RCTab: {@code stopCountingAndAsk}).
     *
     * @param authority who or what resolves it
     */
    record Ask(String authority) implements RankedTieBreak {
        public Ask {
            requireText(authority, "authority");
        }

        @Override
        public String describe() {
            return "stop and ask: " + authority;
        }
    }

    /**
     * Draw the tie at random from a seed, in the way RCTab draws it (RCTab: {@code random}).
     *
     * @param seed the published seed
     */
    record Random(long seed) implements RankedTieBreak {
        @Override
        public String describe() {
            return "random draw, seed " + seed;
        }
    }

    /**
     * The candidate with fewer votes in the latest earlier round in which the tied candidates differ loses;
     * if they never differ, stop and ask (RCTab: {@code previousRoundCountsThenAsk}).
     *
     * @param authority who resolves a tie the earlier rounds do not
     */
    record PreviousRoundsThenAsk(String authority) implements RankedTieBreak {
        public PreviousRoundsThenAsk {
            requireText(authority, "authority");
        }

        @Override
        public String describe() {
            return "previous rounds' counts, then stop and ask: " + authority;
        }
    }

    /**
     * Earlier rounds' counts, as {@link PreviousRoundsThenAsk}, then a random draw
     * (RCTab: {@code previousRoundCountsThenRandom}).
     *
     * @param seed the published seed
     */
    record PreviousRoundsThenRandom(long seed) implements RankedTieBreak {
        @Override
        public String describe() {
            return "previous rounds' counts, then random draw, seed " + seed;
        }
    }

    /**
     * A fixed order, highest first: of the tied, the one latest in the order loses
     * (RCTab: {@code useCandidateOrder}, the order of the configuration's candidates).
     *
     * @param order candidate names, highest first; every tied candidate must be in it
     */
    record CandidateOrder(List<String> order) implements RankedTieBreak {
        public CandidateOrder {
            order = List.copyOf(Objects.requireNonNull(order, "tie-break: candidate order"));
            if (order.isEmpty()) {
                throw new IllegalArgumentException("tie-break: candidate order is empty");
            }
        }

        @Override
        public String describe() {
            return "candidate order: " + String.join(", ", order);
        }
    }

    /**
     * One random order of all candidates drawn from the seed before the count, then used as
     * {@link CandidateOrder} (RCTab: {@code generatePermutation}).
     *
     * @param seed the published seed
     */
    record Permutation(long seed) implements RankedTieBreak {
        @Override
        public String describe() {
            return "permutation drawn with seed " + seed;
        }
    }

    private static void requireText(String text, String what) {
        Objects.requireNonNull(text, "tie-break: " + what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("tie-break: " + what + " is blank");
        }
    }
}
