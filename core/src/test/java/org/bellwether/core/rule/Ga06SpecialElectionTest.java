package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

/**
 * Georgia's 6th congressional district, special election of 18 April 2017 and its runoff of 20 June 2017, as
 * the Secretary of State reported them ({@code ga06-2017/sos/export-2017AprSpec.json} and
 * {@code export-2017JunSpecRun.json}, {@code results.ballotItems[0].ballotOptions[].voteCount}).
 */
class Ga06SpecialElectionTest {

    private static final List<String> CANDIDATES = List.of("DAVID ABROMS", "MOHAMMAD ALI BHUIYAN", "RAGIN EDWARDS",
            "KEITH GRAWERT", "BOB GRAY", "KAREN HANDEL", "ALEXANDER HERNANDEZ", "JUDSON HILL", "RICHARD KEATLEY",
            "AMY KREMER", "BRUCE LEVELL", "WILLIAM LLOP", "DAN MOODY", "JON OSSOFF", "ANDRE POLLARD",
            "REBECCA QUIGG", "RON SLOTIN", "KURT WILSON");
    private static final long[] APRIL = {1639, 415, 504, 415, 20802, 38071, 121, 16870, 229, 351, 455, 326, 17028,
        92673, 55, 304, 491, 1820};

    private static Contest contest(List<String> names) {
        return new Contest("U.S. Representative, District 6", 1, names.stream().map(Choice::named).toList());
    }

    @Test
    void specialElectionSendsOssoffAndHandelToRunoffShortOfMajority() {
        Outcome outcome = Tabulator.tabulate(contest(CANDIDATES), APRIL, MajorityRunoff.georgia(), TieBreak.BY_LAW);

        Round round = outcome.finalRound();
        assertThat(round.totalVotes()).isEqualTo(192_569);
        assertThat(round.votesNeeded()).isEqualTo(OptionalLong.of(96_285));
        assertThat(outcome.status()).isEqualTo(Statuses.RUNOFF_REQUIRED);
        assertThat(Contests.names(outcome.advancing())).containsExactly("JON OSSOFF", "KAREN HANDEL");
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.ties()).isEmpty();
        assertThat(outcome.explanation()).isEqualTo("No candidate received a majority (96,285 of 192,569 votes"
                + " cast); JON OSSOFF and KAREN HANDEL advance to a runoff.");
        assertThat(round.notes()).containsExactly(
                "votes needed: more than 1/2 of 192,569 = floor(192,569 × 1 / 2) + 1 = 96,285 (O.C.G.A. § 21-2-501)");
    }

    @Test
    void specialElectionStandingsShowOssoffAt48PercentAndHandelAt20() {
        Outcome outcome = Tabulator.tabulate(contest(CANDIDATES), APRIL, MajorityRunoff.georgia(), TieBreak.BY_LAW);

        List<Standing> standings = outcome.finalRound().standings();
        assertThat(standings).hasSize(18);
        assertThat(standings.get(0)).isEqualTo(new Standing(Choice.named("JON OSSOFF"), 13, 92_673, 1,
                StandingStatus.ADVANCES));
        assertThat(standings.get(1)).isEqualTo(new Standing(Choice.named("KAREN HANDEL"), 5, 38_071, 2,
                StandingStatus.ADVANCES));
        assertThat(standings.get(2).choice().name()).isEqualTo("BOB GRAY");
        assertThat(standings.subList(2, 18)).allMatch(s -> s.status() == StandingStatus.NOT_ELECTED);
        assertThat(Percentage.format(92_673, 192_569, 2)).isEqualTo("48.12");
        assertThat(Percentage.format(38_071, 192_569, 2)).isEqualTo("19.77");
    }

    @Test
    void equalVotesShareRankAndKeepBallotOrderForDisplay() {
        Outcome outcome = Tabulator.tabulate(contest(CANDIDATES), APRIL, MajorityRunoff.georgia(), TieBreak.BY_LAW);

        // BHUIYAN and GRAWERT have 415 votes each, 11th of 18; nothing was at stake between them.
        List<Standing> standings = outcome.finalRound().standings();
        assertThat(standings.get(10)).extracting(s -> s.choice().name(), Standing::rank)
                .containsExactly("MOHAMMAD ALI BHUIYAN", 11);
        assertThat(standings.get(11)).extracting(s -> s.choice().name(), Standing::rank)
                .containsExactly("KEITH GRAWERT", 11);
        assertThat(standings.get(12)).extracting(s -> s.choice().name(), Standing::rank)
                .containsExactly("AMY KREMER", 13);
    }

    @Test
    void runoffElectsHandelByPlurality() {
        Contest runoff = contest(List.of("KAREN HANDEL", "JON OSSOFF"));

        Outcome outcome = Tabulator.tabulate(runoff, new long[] {134_799, 125_517}, new Plurality(1), TieBreak.BY_LAW);

        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(Contests.names(outcome.elected())).containsExactly("KAREN HANDEL");
        assertThat(outcome.finalRound().totalVotes()).isEqualTo(260_316);
        assertThat(outcome.explanation()).isEqualTo("KAREN HANDEL is elected.");
    }

    @Test
    void runoffUnderMajorityRuleNeedsMoreThanHalfOfEvenTotal() {
        Contest runoff = contest(List.of("KAREN HANDEL", "JON OSSOFF"));

        Outcome outcome = Tabulator.tabulate(runoff, new long[] {134_799, 125_517}, MajorityRunoff.georgia(),
                TieBreak.BY_LAW);

        // 260,316 / 2 = 130,158 exactly; that is half, not more than half, so 130,159 are needed.
        assertThat(outcome.finalRound().votesNeeded()).isEqualTo(OptionalLong.of(130_159));
        assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
        assertThat(outcome.explanation())
                .isEqualTo("A majority (130,159 of 260,316 votes cast) was reached; KAREN HANDEL is elected.");
    }
}
