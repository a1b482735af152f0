package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LotTest {

    @Test
    void lotNumbersAreSplitMix64AsSplittableRandomDrawsThem() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MIN_VALUE}) {
            Lot lot = new Lot(seed);
            SplittableRandom reference = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(lot.nextLong()).isEqualTo(reference.nextLong());
            }
        }
    }

    @Test
    void drawTakesEveryNameFromTheHatOnce() {
        List<String> drawn = new Lot(7).drawAll(List.of("A", "B", "C", "D", "E", "F"));

        assertThat(drawn).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F");
    }

    @Test
    void everyIndexBelowTheBoundIsDrawn() {
        Lot lot = new Lot(3);
        int[] seen = new int[5];
        for (int i = 0; i < 500; i++) {
            seen[lot.below(5)]++;
        }
        assertThat(IntStream.of(seen).min().orElseThrow()).isGreaterThan(50);
    }
}
