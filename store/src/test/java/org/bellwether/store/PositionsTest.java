package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PositionsTest {

    private static final int N = Positions.NONE;

    @Test
    void anUnchangedOrderKeepsEveryPosition() {
        assertThat(Positions.assign(new int[] {0, 16, 32})).containsExactly(0, 16, 32);
    }

    @Test
    void aRowInsertedBetweenTwoGetsAPositionInTheirGapAndNothingElseMoves() {
        assertThat(Positions.assign(new int[] {0, N, 16, 32})).containsExactly(0, 8, 16, 32);
    }

    @Test
    void rowsAddedAtTheEndFollowTheLastWithTheUsualGap() {
        assertThat(Positions.assign(new int[] {0, 16, N, N})).containsExactly(0, 16, 32, 48);
    }

    @Test
    void aFreshListIsSpacedSoThatLaterInsertionsFit() {
        assertThat(Positions.assign(new int[] {N, N, N})).containsExactly(0, 16, 32);
    }

    @Test
    void aRowMovedToTheFrontIsTheOnlyRowThatMoves() {
        assertThat(Positions.assign(new int[] {48, 0, 16, 32})).containsExactly(-8, 0, 16, 32);
    }

    @Test
    void whenAGapIsFullTheListIsRenumbered() {
        assertThat(Positions.assign(new int[] {0, N, 1})).containsExactly(0, 16, 32);
    }

    @Test
    void positionsAlwaysFollowTheNewOrder() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            int[] previous = new int[1 + random.nextInt(40)];
            int next = 0;
            for (int i = 0; i < previous.length; i++) {
                next += 1 + random.nextInt(20);
                previous[i] = random.nextInt(4) == 0 ? N : next;
            }
            shuffleSome(previous, random);
            int[] positions = Positions.assign(previous);
            for (int i = 1; i < positions.length; i++) {
                assertThat(positions[i]).isGreaterThan(positions[i - 1]);
            }
        }
    }

    private static void shuffleSome(int[] a, SplittableRandom random) {
        for (int k = random.nextInt(3); k > 0; k--) {
            int i = random.nextInt(a.length);
            int j = random.nextInt(a.length);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
