package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SumsByKeyTest {

    @Test
    void sumsEveryKeyAsAMapWouldThroughManyGrowths() {
        SumsByKey sums = new SumsByKey();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(50_000) * 1_000_003L + random.nextInt(3);
            long count = random.nextInt(1000);
            sums.add(key, count);
            expected.merge(key, count, Long::sum);
        }
        Map<Long, Long> actual = new HashMap<>();
        sums.forEach((key, sum) -> assertThat(actual.put(key, sum)).isNull());

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        SumsByKey sums = new SumsByKey();
        sums.add(0, 5);
        sums.add(0, 7);
        Map<Long, Long> actual = new HashMap<>();
        sums.forEach(actual::put);

        assertThat(actual).containsExactly(Map.entry(0L, 12L));
    }
}
