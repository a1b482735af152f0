package org.bellwether.core.rule;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bellwether.core.Contest;

/**
 * A generated contest (choices C0, C1, ... so names are unique), its votes, a rule and a tie-break, made from a
 * seed so that every run checks the same cases and a failure names the one to replay. Vote ranges are often
 * tiny, so ties at the cut line are common.
 */
record GeneratedCount(long seed, long[] votes, Rule rule, TieBreak tieBreak) {

    static final int CASES = 1_000;

    /** Checks {@code property} on cases 0 to {@link #CASES} - 1, naming the case that fails. */
    static void forAll(Consumer<GeneratedCount> property) {
        for (long seed = 0; seed < CASES; seed++) {
            GeneratedCount count = of(seed);
            try {
                property.accept(count);
            } catch (AssertionError e) {
                throw new AssertionError(count + ": " + e.getMessage(), e);
            }
        }
    }

    static GeneratedCount of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long bound = switch (random.nextInt(4)) {
            case 0 -> 2;
            case 1 -> 4;
            case 2 -> 31;
            default -> Integer.MAX_VALUE;
        };
        long[] votes = random.longs(1 + random.nextInt(12), 0, bound).toArray();
        TieBreak tieBreak = random.nextBoolean() ? TieBreak.BY_LAW : new TieBreak.SeededLot(random.nextLong());
        return new GeneratedCount(seed, votes, rule(random), tieBreak);
    }

    private static Rule rule(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> new Plurality(1 + random.nextInt(5));
            case 1 -> new TopN(1 + random.nextInt(5));
            case 2 -> new MajorityRunoff(new Share(1, 2), 2 + random.nextInt(3), "law");
            default -> new MajorityRunoff(new Share(1 + random.nextInt(9), 10), 2, "law");
        };
    }

    Contest contest() {
        return Contests.of(IntStream.range(0, votes.length).mapToObj(i -> "C" + i).toArray(String[]::new));
    }

    long total() {
        return LongStream.of(votes).sum();
    }

    Outcome tabulate() {
        return Tabulator.tabulate(contest(), votes, rule, tieBreak);
    }

    @Override
    public String toString() {
        return "case " + seed + " (votes " + Arrays.toString(votes) + ", " + rule + ", " + tieBreak + ")";
    }
}
