package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two elections agree on everything they hold, in the same order, tallies row by row: what two reads of the same
 * input (or an import and its read back) must give.
 */
public final class SameElection {

    private SameElection() {
    }

    public static void assertSameElection(Election actual, Election expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.date()).isEqualTo(expected.date());
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.contests()).isEqualTo(expected.contests());
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.voteTypes()).isEqualTo(expected.voteTypes());
        assertThat(actual.tallies().stream().toList()).isEqualTo(expected.tallies().stream().toList());
        assertThat(actual.statistics()).isEqualTo(expected.statistics());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.notes()).isEqualTo(expected.notes());
    }
}
