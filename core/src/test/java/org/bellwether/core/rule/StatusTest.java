package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bellwether.core.Certification;
import org.bellwether.core.Contest;
import org.bellwether.core.Reporting;
import org.junit.jupiter.api.Test;

class StatusTest {

    private static final Contest RACE = Contests.of("ANN", "BOB", "CAL");
    private static final RuleChoice GEORGIA = new RuleChoice(MajorityRunoff.georgia(),
            new RuleSource.Rulebook("test rulebook", "GA * *", "O.C.G.A. § 21-2-501(a)(1)", ""),
            Optional.of(new RecountMargin(new Share(1, 200), "O.C.G.A. § 21-2-495(c)")));
    private static final RuleChoice PLURALITY = RuleChoice.given(new Plurality(1), "--rule plurality");

    private static Outcome count(RuleChoice rule, Reporting reporting, Certification c, long... votes) {
        return Tabulator.tabulate(RACE, votes, rule, TieBreak.BY_LAW, reporting, c);
    }

    private static final Reporting COMPLETE = Reporting.of(50, 50, "precincts", "test");

    @Test
    void aPartialCountOnlyLeadsAndElectsNobody() {
        Outcome o = count(PLURALITY, Reporting.of(3, 50, "precincts", "test"), Certification.UNOFFICIAL, 60, 30, 10);

        assertThat(o.status()).isEqualTo(new Status.Leading(Verdict.ELECTED, Status.Why.PARTIAL_COUNT));
        assertThat(o.status().label()).isEqualTo("LEADING (partial count)");
        assertThat(o.elected()).isEmpty();
        assertThat(Contests.names(o.inPosition())).containsExactly("ANN");
        assertThat(o.finalRound().standings().get(0).status()).isEqualTo(StandingStatus.LEADING);
        assertThat(o.explanation()).isEqualTo("ANN leads.").doesNotContain("elected");
    }

    @Test
    void aCountOfUnknownCompletenessOnlyLeads() {
        Outcome o = count(PLURALITY, Reporting.UNKNOWN, Certification.UNOFFICIAL, 60, 30, 10);

        assertThat(o.status()).isEqualTo(new Status.Leading(Verdict.ELECTED, Status.Why.COMPLETENESS_UNKNOWN));
        assertThat(o.decides()).isFalse();
    }

    @Test
    void anAssumedRuleNeverDecidesEvenOnACompleteCount() {
        RuleChoice assumed = new RuleChoice(new Plurality(1), new RuleSource.Assumed("the files name no state"),
                Optional.empty());

        Outcome o = count(assumed, COMPLETE, Certification.CERTIFIED, 60, 30, 10);

        assertThat(o.status()).isEqualTo(new Status.Leading(Verdict.ELECTED, Status.Why.RULE_ASSUMED));
        assertThat(o.ruleSource().describe()).isEqualTo("no rule known for this contest (the files name no state):"
                + " plurality assumed; give --rule");
    }

    @Test
    void aPartialCountWithoutAMajoritySaysARunoffIsLikely() {
        Outcome o = count(GEORGIA, Reporting.of(10, 50, "precincts", "test"), Certification.UNOFFICIAL, 40, 35, 25);

        assertThat(o.status().code()).isEqualTo("runoff-likely");
        assertThat(o.advancing()).isEmpty();
        assertThat(o.explanation()).isEqualTo("No candidate has a majority (51 of 100 votes cast); ANN and BOB would"
                + " advance to a runoff.");
    }

    @Test
    void aCompleteCountDecidesAndIsCertifiedOnlyWhenDeclared() {
        Outcome unofficial = count(GEORGIA, COMPLETE, Certification.UNOFFICIAL, 60, 30, 10);
        Outcome certified = count(GEORGIA, COMPLETE, Certification.CERTIFIED, 60, 30, 10);

        assertThat(unofficial.status()).isEqualTo(new Status.Decided(Verdict.ELECTED, Certification.UNOFFICIAL));
        assertThat(unofficial.status().label()).isEqualTo("ELECTED (complete, unofficial)");
        assertThat(certified.status().label()).isEqualTo("ELECTED (certified)");
        assertThat(Contests.names(certified.elected())).containsExactly("ANN");
    }

    @Test
    void aMarginInsideTheLawsRecountMarginSaysARecountMayBeRequested() {
        // 1,000 against 996 of 1,996 votes: 4 votes is 0.2 points, inside Georgia's 0.5
        RuleChoice runoffLaw = new RuleChoice(new Plurality(1), GEORGIA.source(), GEORGIA.recount());
        Outcome close = count(runoffLaw, COMPLETE, Certification.UNOFFICIAL, 1_000, 996, 0);

        assertThat(close.status()).isInstanceOf(Status.RecountPossible.class);
        assertThat(((Status.RecountPossible) close.status()).margin()).isEqualTo(4);
        assertThat(close.status().label()).isEqualTo("ELECTED (complete, unofficial), WITHIN RECOUNT MARGIN");
    }

    @Test
    void theRecountMarginIsComparedExactlyAtItsBoundary() {
        RecountMargin half = new RecountMargin(new Share(1, 200), "law");

        assertThat(half.within(10, 2_000)).isTrue();
        assertThat(half.within(11, 2_000)).isFalse();
        assertThat(half.share().asPoints()).isEqualTo("0.5");
    }

    @Test
    void aTieAtTheCutOfACompleteCountIsPending() {
        Outcome o = count(PLURALITY, COMPLETE, Certification.UNOFFICIAL, 40, 40, 20);

        assertThat(o.status()).isEqualTo(new Status.TiePending(Certification.UNOFFICIAL));
    }

    @Test
    void aRankedRuleIsRefusedOnTotals() {
        RuleChoice irv = RuleChoice.given(InstantRunoff.standard(), "rulebook");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> count(irv, COMPLETE, Certification.UNOFFICIAL, 1, 2,
                3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ranked ballots");
    }
}
