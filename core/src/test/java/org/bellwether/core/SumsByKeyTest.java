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
    void sumsByIndexAsTheHashedSumsDoWhenTheKeysAreFewEnough() {
        SumsByKey indexed = SumsByKey.below(60_000, 60_000);
        SumsByKey hashed = SumsByKey.below(60_000, 59_999);
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(60_000);
            long count = random.nextInt(3); // sums of 0 among them: a key added is listed whatever its sum
            indexed.add(key, count);
            hashed.add(key, count);
        }
        indexed.add(59_999, 4);
        hashed.add(59_999, 4);
        Map<Long, Long> byIndex = new HashMap<>();
        indexed.forEach((key, sum) -> assertThat(byIndex.put(key, sum)).isNull());
        Map<Long, Long> byHash = new HashMap<>();
        hashed.forEach(byHash::put);

        assertThat(byIndex).isEqualTo(byHash).containsKey(59_999L);
        assertThat(byIndex.values()).contains(0L);
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
