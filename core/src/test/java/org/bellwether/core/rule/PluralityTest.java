package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralityTest {

    @Test
    void pluralityElectsTheChoicesWithMostVotesForEachSeat() {
        Outcome outcome = Contests.count(new Plurality(2), TieBreak.BY_LAW, "A,B,C,D", 10, 40, 30, 20);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("B", "C");
        assertThat(outcome.advancing()).isEmpty();
        assertThat(outcome.finalRound().votesNeeded()).isEmpty();
        assertThat(outcome.explanation()).isEqualTo("B and C are elected.");
    }

    @Test
    void pluralityElectsWithoutAMajority() {
        Outcome outcome = Contests.count(new Plurality(1), TieBreak.BY_LAW, "A,B,C", 34, 33, 33);

        assertThat(Contests.names(outcome.elected())).containsExactly("A");
        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
    }

    @Test
    void pluralityWithNoVotesIsATieAmongAll() {
        Outcome outcome = Contests.count(new Plurality(1), TieBreak.BY_LAW, "A,B,C", 0, 0, 0);

        assertThat(outcome.status()).isEqualTo(Statuses.TIE_PENDING);
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.finalRound().standings()).allMatch(s -> s.status() == StandingStatus.TIED_AT_CUT
                && s.rank() == 1);
        assertThat(outcome.explanation()).isEqualTo(
                "A, B and C have 0 votes each for place 1: tie, to be resolved by lot, as the law provides.");
    }

    @Test
    void pluralityWithFewerChoicesThanSeatsElectsAll() {
        Outcome outcome = Contests.count(new Plurality(3), TieBreak.BY_LAW, "A,B", 5, 5);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("A", "B");
        assertThat(outcome.ties()).isEmpty();
        assertThat(outcome.explanation()).isEqualTo("Only 2 choices for 3 seats, so all are elected: A and B.");
    }

    @Test
    void pluralityWithAsManyChoicesAsSeatsElectsAllEvenWhenTied() {
        Outcome outcome = Contests.count(new Plurality(2), TieBreak.BY_LAW, "A,B", 7, 7);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("A", "B");
        assertThat(outcome.ties()).isEmpty();
    }

    @Test
    void pluralityDescribesItself() {
        assertThat(new Plurality(1).describe()).isEqualTo("plurality: the choice with the most votes is elected");
        assertThat(new Plurality(3).describe())
                .isEqualTo("plurality: the 3 choices with the most votes are elected");
    }
}
