package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void ossoffShareOfTheSpecialElectionIs48Point12() {
        assertThat(Percentage.format(92_673, 192_569, 2)).isEqualTo("48.12");
    }

    @Test
    void exactHalvesRoundToTheEvenNeighbour() {
        assertThat(Percentage.format(1, 8, 0)).isEqualTo("12");   // 12.5
        assertThat(Percentage.format(3, 8, 0)).isEqualTo("38");   // 37.5
        assertThat(Percentage.format(1, 16, 1)).isEqualTo("6.2"); // 6.25
        assertThat(Percentage.format(3, 16, 1)).isEqualTo("18.8"); // 18.75
        assertThat(Percentage.format(1, 1600, 3)).isEqualTo("0.062"); // 0.0625
    }

    @Test
    void justAboveHalfRoundsUp() {
        assertThat(Percentage.format(1_000_001, 8_000_000, 1)).isEqualTo("12.5");  // 12.5000125
        assertThat(Percentage.format(1_000_001, 8_000_000, 0)).isEqualTo("13");
    }

    @Test
    void trailingZerosAreKeptToTheRequestedDecimals() {
        assertThat(Percentage.format(1, 2, 2)).isEqualTo("50.00");
        assertThat(Percentage.format(1, 1, 2)).isEqualTo("100.00");
        assertThat(Percentage.format(1, 3, 2)).isEqualTo("33.33");
    }

    @Test
    void zeroWholeShowsZero() {
        assertThat(Percentage.format(0, 0, 2)).isEqualTo("0.00");
        assertThat(Percentage.format(0, 0, 0)).isEqualTo("0");
    }

    @Test
    void largestCountsAreExact() {
        assertThat(Percentage.format(Long.MAX_VALUE - 1, Long.MAX_VALUE, 2)).isEqualTo("100.00");
        assertThat(Percentage.format(Long.MAX_VALUE / 2, Long.MAX_VALUE, 4)).isEqualTo("50.0000");
    }

    @Test
    void negativeArgumentsAreRefused() {
        assertThatThrownBy(() -> Percentage.format(-1, 10, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentage of -1 in 10 to 2 decimals: no argument may be negative");
    }
}
