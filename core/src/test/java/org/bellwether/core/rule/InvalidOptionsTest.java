package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidOptionsTest {

    @Test
    void pluralityNeedsASeat() {
        assertThatThrownBy(() -> new Plurality(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plurality: seats must be at least 1, was 0");
    }

    @Test
    void topNNeedsAnAdvancingPlace() {
        assertThatThrownBy(() -> new TopN(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("top-N: advance must be at least 1, was -2");
    }

    @Test
    void runoffNeedsTwoToAdvance() {
        assertThatThrownBy(() -> new MajorityRunoff(new Share(1, 2), 1, "law"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("majority runoff: advance must be at least 2, was 1");
    }

    @Test
    void runoffNeedsItsLaw() {
        assertThatThrownBy(() -> new MajorityRunoff(new Share(1, 2), 2, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("majority runoff: basis (the law that sets the rule) is blank");
        assertThatThrownBy(() -> new MajorityRunoff(null, 2, "law")).isInstanceOf(NullPointerException.class)
                .hasMessage("majority runoff: threshold");
    }

    @Test
    void shareMustLieStrictlyBetweenZeroAndOne() {
        assertThatThrownBy(() -> new Share(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share: 1/1 must lie strictly between 0 and 1");
        assertThatThrownBy(() -> new Share(0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share: 0/2 must lie strictly between 0 and 1");
        assertThatThrownBy(() -> new Share(-1, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share: denominator must be positive, was -2");
    }

    @Test
    void unresolvedTieNeedsAnAuthority() {
        assertThatThrownBy(() -> new TieBreak.Unresolved("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tie-break: authority is blank");
    }
}
