package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void topTwoSendsTheTwoWithMostVotesToTheGeneralAndElectsNobody() {
        Outcome outcome = Contests.count(new TopN(2), TieBreak.BY_LAW, "A,B,C", 60, 25, 15);

        assertThat(outcome.status()).isEqualTo(Statuses.ADVANCE_TO_GENERAL);
        assertThat(Contests.names(outcome.advancing())).containsExactly("A", "B");
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.finalRound().standings()).extracting(Standing::status).containsExactly(
                StandingStatus.ADVANCES, StandingStatus.ADVANCES, StandingStatus.NOT_ELECTED);
        assertThat(outcome.explanation()).isEqualTo("A and B advance to the general election.");
    }

    @Test
    void topTwoSendsBothEvenWhenOneHasAMajority() {
        Outcome outcome = Contests.count(new TopN(2), TieBreak.BY_LAW, "A,B,C", 90, 5, 5);

        assertThat(outcome.status()).isEqualTo(Statuses.TIE_PENDING);
        assertThat(Contests.names(outcome.advancing())).containsExactly("A");
        assertThat(outcome.explanation()).isEqualTo("A advances to the general election; B and C have 5 votes each"
                + " for place 2: tie, to be resolved by lot, as the law provides.");
    }

    @Test
    void topFourWithThreeChoicesSendsAll() {
        Outcome outcome = Contests.count(new TopN(4), TieBreak.BY_LAW, "A,B,C", 1, 2, 3);

        assertThat(outcome.status()).isEqualTo(Statuses.ADVANCE_TO_GENERAL);
        assertThat(Contests.names(outcome.advancing())).containsExactly("C", "B", "A");
        assertThat(outcome.explanation())
                .isEqualTo("Only 3 choices for 4 places, so all advance to the general election: C, B and A.");
    }

    @Test
    void topNDescribesItself() {
        assertThat(new TopN(4).describe()).isEqualTo(
                "top 4: the 4 choices with the most votes advance to the general election; nobody is elected");
    }
}
