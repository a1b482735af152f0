package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MajorityRunoffTest {

    @Test
    void majorityRunoffSendsTopTwoToRunoffWhenNoOneHasMoreThanHalf() {
        Outcome outcome = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "A,B,C", 45, 35, 20);

        assertThat(outcome.status()).isEqualTo(Statuses.RUNOFF_REQUIRED);
        assertThat(Contests.names(outcome.advancing())).containsExactly("A", "B");
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.explanation())
                .isEqualTo("No candidate received a majority (51 of 100 votes cast); A and B advance to a runoff.");
    }

    @Test
    void majorityRunoffElectsTheLeaderWithMoreThanHalf() {
        Outcome outcome = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "A,B,C", 20, 51, 29);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("B");
        assertThat(outcome.finalRound().standings().get(0).status()).isEqualTo(StandingStatus.ELECTED);
        assertThat(outcome.finalRound().standings().get(1).status()).isEqualTo(StandingStatus.NOT_ELECTED);
    }

    @Test
    void exactlyHalfIsNotAMajority() {
        Outcome outcome = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "A,B,C", 50, 30, 20);

        assertThat(outcome.finalRound().votesNeeded()).isEqualTo(OptionalLong.of(51));
        assertThat(outcome.status()).isEqualTo(Statuses.RUNOFF_REQUIRED);
    }

    @Test
    void tieForSecondRunoffPlaceIsPendingWithTheLeaderStillAdvancing() {
        Outcome outcome = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "A,B,C,D", 40, 25, 25, 10);

        assertThat(outcome.status()).isEqualTo(Statuses.TIE_PENDING);
        assertThat(Contests.names(outcome.advancing())).containsExactly("A");
        assertThat(outcome.finalRound().standings()).extracting(Standing::status).containsExactly(
                StandingStatus.ADVANCES, StandingStatus.TIED_AT_CUT, StandingStatus.TIED_AT_CUT,
                StandingStatus.NOT_ELECTED);
        assertThat(outcome.explanation()).isEqualTo("No candidate received a majority (51 of 100 votes cast);"
                + " A advances to a runoff; B and C have 25 votes each for place 2: tie, to be resolved by lot,"
                + " as the law provides.");
    }

    @Test
    void thresholdOtherThanHalfIsNamedAsAFraction() {
        MajorityRunoff fortyPercent = new MajorityRunoff(new Share(2, 5), 2, "Test Code § 1");

        Outcome outcome = Contests.count(fortyPercent, TieBreak.BY_LAW, "A,B,C", 41, 40, 19);

        assertThat(outcome.finalRound().votesNeeded()).isEqualTo(OptionalLong.of(41));
        assertThat(outcome.explanation()).isEqualTo("More than 2/5 (41 of 100 votes cast) was reached; A is elected.");
        assertThat(fortyPercent.describe())
                .isEqualTo("more than 2/5 of votes cast, else the top 2 advance to a runoff (Test Code § 1)");
    }

    @Test
    void twoAboveALowThresholdWithEqualVotesTieForTheSeat() {
        MajorityRunoff thirtyPercent = new MajorityRunoff(new Share(3, 10), 2, "Test Code § 1");

        Outcome outcome = Contests.count(thirtyPercent, TieBreak.BY_LAW, "A,B,C", 40, 40, 20);

        assertThat(outcome.status()).isEqualTo(Statuses.TIE_PENDING);
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.ties()).singleElement().extracting(Tie::place).isEqualTo(1);
    }

    @Test
    void hugeTotalsDoNotOverflowTheThreshold() {
        long[] votes = {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 - 10};
        Outcome outcome = Tabulator.tabulate(Contests.of("A", "B"), votes, MajorityRunoff.georgia(), TieBreak.BY_LAW);

        assertThat(outcome.finalRound().votesNeeded()).isEqualTo(OptionalLong.of(Long.MAX_VALUE / 2 - 4));
        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
    }

    @Test
    void georgiaRuleCitesTheCode() {
        assertThat(MajorityRunoff.georgia()).isEqualTo(new MajorityRunoff(new Share(1, 2), 2, "O.C.G.A. § 21-2-501"));
        assertThat(MajorityRunoff.georgia().describe()).isEqualTo("majority of votes cast (more than 1/2),"
                + " else the top 2 advance to a runoff (O.C.G.A. § 21-2-501)");
    }
}
