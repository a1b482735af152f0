package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunoffLinkTest {

    @Test
    void aRunoffWithExactlyTheAdvancingChoicesMatchesAndShowsEachGain() {
        Outcome first = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "OSSOFF,HANDEL,GRAY,MOODY,HILL,REST",
                92_673, 38_071, 20_802, 17_028, 16_870, 7_125);
        Outcome runoff = Contests.count(new Plurality(1), TieBreak.BY_LAW, "HANDEL,OSSOFF", 134_799, 125_517);

        RunoffLink link = RunoffLink.of(first, runoff);

        assertThat(link.differences()).isEmpty();
        assertThat(link.finalists()).containsExactly(new RunoffLink.Finalist("HANDEL", 38_071, 2, 134_799),
                new RunoffLink.Finalist("OSSOFF", 92_673, 1, 125_517));
        assertThat(link.finalists().get(0).gain()).isEqualTo(96_728);
        assertThat(link.turnoutChange()).isEqualTo(67_747);
    }

    @Test
    void aRunoffChoiceWhoDidNotAdvanceAndAFinalistMissingAreBothReported() {
        Outcome first = Contests.count(MajorityRunoff.georgia(), TieBreak.BY_LAW, "OSSOFF,HANDEL,GRAY", 50, 30, 20);
        Outcome runoff = Contests.count(new Plurality(1), TieBreak.BY_LAW, "OSSOFF,GRAY", 60, 40);

        assertThat(RunoffLink.of(first, runoff).differences()).containsExactly(
                "GRAY is in the runoff but did not advance from the first round (rank 3)",
                "HANDEL advanced from the first round but is not in the runoff");
    }
}
