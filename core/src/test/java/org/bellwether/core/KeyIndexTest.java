package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index must name the row holding a repeated key whatever order keys come in: units together (its small
 * per-unit table), units interleaved (its table of all keys), and a file that starts one way and turns the other.
 * Each order is checked over {@value #CASES} seeded sequences against a HashMap.
 */
class KeyIndexTest {

    private static final int CASES = 300;

    @Test
    void findsEveryRepeatWhenEachUnitsKeysComeTogether() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Long> keys = keys(seed);
            assertThat(repeatsFound(keys)).as("case %d", seed).isEqualTo(expectedRepeats(keys));
        }
    }

    @Test
    void findsEveryRepeatWhenUnitsAreInterleaved() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Long> keys = keys(seed);
            Collections.shuffle(keys, new Random(seed));
            assertThat(repeatsFound(keys)).as("case %d", seed).isEqualTo(expectedRepeats(keys));
        }
    }

    @Test
    void findsEveryRepeatWhenUnitsRepeatThePatternOfTheUnitBefore() {
        for (long seed = 0; seed < CASES; seed++) {
            List<Long> keys = patterned(seed);
            assertThat(repeatsFound(keys)).as("case %d", seed).isEqualTo(expectedRepeats(keys));
        }
    }

    @Test
    void findsARepeatInAUnitThatFollowsThePatternOfTheUnitBefore() {
        Table table = new Table();
        for (int choice = 0; choice < 3; choice++) {
            table.put(TallyKey.pack(0, choice, 0, 0));
        }
        assertThat(table.put(TallyKey.pack(0, 0, 1, 0))).isEqualTo(-1);
        assertThat(table.put(TallyKey.pack(0, 1, 1, 0))).isEqualTo(-1);
        assertThat(table.put(TallyKey.pack(0, 0, 1, 0))).isEqualTo(3);
        assertThat(table.put(TallyKey.pack(0, 2, 1, 0))).isEqualTo(-1);
        assertThat(table.put(TallyKey.pack(0, 1, 1, 0))).isEqualTo(4);
        for (int choice = 0; choice < 3; choice++) {
            assertThat(table.put(TallyKey.pack(0, choice, 2, 0))).isEqualTo(-1);
        }
        assertThat(table.put(TallyKey.pack(0, 2, 2, 0))).isEqualTo(8);
    }

    @Test
    void findsARepeatOfAnEarlierUnitWhenThatUnitComesBackLater() {
        Table table = new Table();
        for (int unit = 0; unit < 1000; unit++) {
            for (int choice = 0; choice < 40; choice++) {
                assertThat(table.put(TallyKey.pack(0, choice, unit, 0))).isEqualTo(-1);
            }
        }
        assertThat(table.put(TallyKey.pack(0, 5, 3, 0))).isEqualTo(3 * 40 + 5);
        assertThat(table.put(TallyKey.pack(0, 40, 3, 0))).isEqualTo(-1);
        assertThat(table.put(TallyKey.pack(0, 39, 999, 0))).isEqualTo(999 * 40 + 39);
    }

    @Test
    void findsARepeatInsideOneLongRun() {
        Table table = new Table();
        for (int choice = 0; choice < 4000; choice++) {
            assertThat(table.put(TallyKey.pack(choice % 7, choice / 7, 12, 0))).isEqualTo(-1);
        }
        assertThat(table.put(TallyKey.pack(3, 0, 12, 0))).isEqualTo(3);
        assertThat(table.put(TallyKey.pack(3, 0, 13, 0))).isEqualTo(-1);
    }

    /**
     * Keys of up to 40 units, 12 contests, choices and vote types, about one in eight a repeat, each unit's keys
     * together (a stable sort by unit keeps the repeats' order within a unit).
     */
    private static List<Long> keys(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int units = 1 + random.nextInt(40);
        int size = random.nextInt(2000);
        List<Long> keys = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (!keys.isEmpty() && random.nextInt(8) == 0) {
                keys.add(keys.get(random.nextInt(keys.size())));
            } else {
                keys.add(TallyKey.pack(random.nextInt(12), random.nextInt(12), random.nextInt(units) * 37,
                        random.nextInt(12)));
            }
        }
        keys.sort((a, b) -> Integer.compare(TallyKey.unit(a), TallyKey.unit(b)));
        return keys;
    }

    /**
     * Units in turn, each giving the keys of one pattern (as a precinct file's precincts give the same contests and
     * choices) with now and then a key dropped, repeated, or put in another place.
     */
    private static List<Long> patterned(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> pattern = new ArrayList<>();
        for (int i = random.nextInt(1, 60); i > 0; i--) {
            pattern.add(TallyKey.pack(random.nextInt(12), random.nextInt(12), 0, random.nextInt(3)));
        }
        List<Long> keys = new ArrayList<>();
        for (int unit = random.nextInt(1, 40); unit > 0; unit--) {
            List<Long> run = new ArrayList<>();
            for (long key : pattern) {
                int change = random.nextInt(30);
                if (change > 0) {
                    run.add(key | (long) unit << 8);
                }
                if (change == 1 || change == 2 && !run.isEmpty()) {
                    run.add(change == 1 ? key | (long) unit << 8 : run.get(random.nextInt(run.size())));
                }
            }
            if (random.nextInt(4) == 0 && run.size() > 1) {
                Collections.swap(run, random.nextInt(run.size()), random.nextInt(run.size()));
            }
            keys.addAll(run);
        }
        return keys;
    }

    /** For each key in turn, the row the index names (-1 for a new key). */
    private static List<Integer> repeatsFound(List<Long> keys) {
        Table table = new Table();
        List<Integer> found = new ArrayList<>();
        keys.forEach(k -> found.add(table.put(k)));
        return found;
    }

    private static List<Integer> expectedRepeats(List<Long> keys) {
        Map<Long, Integer> rows = new HashMap<>();
        List<Integer> expected = new ArrayList<>();
        for (long key : keys) {
            Integer held = rows.get(key);
            expected.add(held == null ? -1 : held);
            if (held == null) {
                rows.put(key, rows.size());
            }
        }
        return expected;
    }

    /** Keys stored the way the tally builder stores them: a row only for a key not seen before. */
    private static final class Table implements KeyIndex.RowKeys {
        private final KeyIndex index = new KeyIndex();
        private final List<Long> rows = new ArrayList<>();

        int put(long key) {
            int held = index.putIfAbsent(key, rows.size(), this);
            if (held < 0) {
                rows.add(key);
            }
            return held;
        }

        @Override
        public long key(int row) {
            return rows.get(row);
        }
    }
}
