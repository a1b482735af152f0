package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.core.Election;

/** Two reads of the same input agree on everything an election holds, in the same order. */
public final class SameElection {

    private SameElection() {
    }

    public static void assertSameElection(Election actual, Election expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.date()).isEqualTo(expected.date());
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.state()).isEqualTo(expected.state());
        assertThat(actual.certification()).isEqualTo(expected.certification());
        assertThat(actual.contests()).isEqualTo(expected.contests());
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.voteTypes()).isEqualTo(expected.voteTypes());
        assertThat(actual.tallies().stream().toList()).isEqualTo(expected.tallies().stream().toList());
        assertThat(actual.statistics()).isEqualTo(expected.statistics());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.notes()).isEqualTo(expected.notes());
    }
}
