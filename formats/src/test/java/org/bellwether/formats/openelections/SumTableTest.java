package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive sum table behaves like a map from long to long, through growth and zero keys. */
class SumTableTest {

    @Test
    void addsLikeAMapThroughGrowth() {
        SumTable table = new SumTable();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextInt(5_000) * 0x1_0000_0001L;
            table.add(key, i);
            expected.merge(key, (long) i, Long::sum);
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, sum) -> assertThat(table.get(key)).isEqualTo(sum));
        Map<Long, Long> visited = new HashMap<>();
        table.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        SumTable table = new SumTable();
        assertThat(table.get(0)).isZero();
        assertThat(table.putIfAbsent(0, 7)).isEqualTo(-1);
        assertThat(table.putIfAbsent(0, 9)).isEqualTo(7);
        table.add(0, 1);
        assertThat(table.get(0)).isEqualTo(8);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void keysPackWithoutOverlapAtTheirLimits() {
        long key = SumKeys.choice(0xFF_FFFF, (1 << 20) - 1, 0xFFF, 0xFF);
        assertThat(SumKeys.unit(key)).isEqualTo(0xFF_FFFF);
        assertThat(SumKeys.contestIndex(key)).isEqualTo((1 << 20) - 1);
        assertThat(SumKeys.voteType(key)).isEqualTo(0xFF);
        assertThat(SumKeys.contestOf(key)).isEqualTo(SumKeys.contest(0xFF_FFFF, (1 << 20) - 1, 0xFF));
    }
}
