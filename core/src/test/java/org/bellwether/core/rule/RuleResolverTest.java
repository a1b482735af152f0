package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bellwether.core.Certification;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Reporting;
import org.bellwether.core.RuleDeclaration;
import org.bellwether.core.TallyTable;
import org.junit.jupiter.api.Test;

class RuleResolverTest {

    private static final Rulebook BOOK = new Rulebook("test rulebook", List.of(
            new RulebookEntry("GA", Optional.empty(), Optional.empty(), "majority",
                    Optional.of(new RecountMargin(new Share(1, 200), "O.C.G.A. § 21-2-495(c)")),
                    "O.C.G.A. § 21-2-501(a)(1)", "https://example.org/ga", "", 2),
            new RulebookEntry("GA", Optional.of(ElectionType.RUNOFF), Optional.empty(), "plurality", Optional.empty(),
                    "O.C.G.A. § 21-2-501(a)(3)", "https://example.org/ga", "", 3),
            new RulebookEntry("CA", Optional.of(ElectionType.PRIMARY), Optional.of(Office.US_HOUSE), "top-two",
                    Optional.empty(), "Cal. Const. art. II § 5", "https://example.org/ca", "", 4)));
    private static final RuleResolver RESOLVER = new RuleResolver(BOOK);
    private static final Contest HOUSE = new Contest("U.S. Representative, District 6", 1,
            List.of(new Choice("A", Optional.empty(), false), new Choice("B", Optional.empty(), false)));

    private static Election election(String state, ElectionType type, Contest contest) {
        return new Election("test", Optional.empty(), type, List.of(contest), List.of(), List.of(),
                TallyTable.builder().build(), List.of(), List.of(), List.of(), Optional.ofNullable(state),
                Certification.UNOFFICIAL);
    }

    @Test
    void theRulebookDecidesWhenNeitherTheUserNorTheFileDoes() {
        RuleChoice choice = RESOLVER.resolve(election("GA", ElectionType.SPECIAL, HOUSE), HOUSE, Optional.empty());

        assertThat(choice.rule()).isEqualTo(new MajorityRunoff(new Share(1, 2), 2, "O.C.G.A. § 21-2-501(a)(1)"));
        assertThat(choice.source().describe()).isEqualTo("test rulebook, entry GA * * (O.C.G.A. § 21-2-501(a)(1))");
        assertThat(choice.recount()).isPresent();
    }

    @Test
    void aMoreSpecificEntryWins() {
        RuleChoice runoff = RESOLVER.resolve(election("GA", ElectionType.RUNOFF, HOUSE), HOUSE, Optional.empty());
        RuleChoice primary = RESOLVER.resolve(election("CA", ElectionType.PRIMARY, HOUSE), HOUSE, Optional.empty());

        assertThat(runoff.rule()).isEqualTo(new Plurality(1));
        assertThat(primary.rule()).isEqualTo(new TopN(2));
    }

    @Test
    void whatTheFileDeclaresComesBeforeTheRulebookAndTheUserBeforeBoth() {
        Contest declared = HOUSE.withDeclared(new RuleDeclaration("vote-for=1", "NIST ERR VoteVariation plurality"));
        Election e = election("GA", ElectionType.SPECIAL, declared);

        RuleChoice fromFile = RESOLVER.resolve(e, declared, Optional.empty());
        RuleChoice fromUser = RESOLVER.resolve(e, declared, Optional.of(new RuleResolver.Given("majority=2/3",
                "--rule majority=2/3")));

        assertThat(fromFile.source()).isEqualTo(new RuleSource.Declared("NIST ERR VoteVariation plurality"));
        assertThat(fromUser.source().kind()).isEqualTo("given");
        assertThat(fromUser.rule().describe()).isEqualTo("more than 2/3 of votes cast, else the top 2 advance to a"
                + " runoff (given with --rule majority=2/3)");
        // the law's recount margin still applies to a rule the user gives
        assertThat(fromUser.recount()).isPresent();
    }

    @Test
    void withoutAStateOrAnEntryPluralityIsOnlyAssumedAndSaysWhy() {
        RuleChoice noState = RESOLVER.resolve(election(null, ElectionType.GENERAL, HOUSE), HOUSE, Optional.empty());
        RuleChoice noEntry = RESOLVER.resolve(election("NJ", ElectionType.GENERAL, HOUSE), HOUSE, Optional.empty());

        assertThat(noState.assumed()).isTrue();
        assertThat(noState.source().describe()).isEqualTo("no rule known for this contest (the files name no state;"
                + " give --state): plurality assumed; give --rule");
        assertThat(noEntry.source().describe()).isEqualTo("no rule known for this contest (no entry in test rulebook"
                + " for NJ general us-house): plurality assumed; give --rule");
    }

    @Test
    void aBallotQuestionIsNotDecidedByAnOfficesEntry() {
        Contest question = new Contest("Constitutional Amendment 1", 1,
                List.of(new Choice("YES", Optional.empty(), false), new Choice("NO", Optional.empty(), false)));

        RuleChoice choice = RESOLVER.resolve(election("GA", ElectionType.GENERAL, question), question,
                Optional.empty());

        assertThat(choice.assumed()).isTrue();
    }

    @Test
    void officesAreToldFromContestNamesOfTheSharedData() {
        assertThat(Office.of("U.S. Representative, District 6")).isEqualTo(Office.US_HOUSE);
        assertThat(Office.of("U.S. House")).isEqualTo(Office.US_HOUSE);
        assertThat(Office.of("United States Senator")).isEqualTo(Office.US_SENATE);
        assertThat(Office.of("President of the United States")).isEqualTo(Office.PRESIDENT);
        assertThat(Office.of("State Senator, District 32")).isEqualTo(Office.STATE);
        assertThat(Office.of("Public Service Commission, District 2")).isEqualTo(Office.STATE);
        assertThat(Office.of("Sheriff")).isEqualTo(Office.LOCAL);
        assertThat(Office.of("Something Else")).isEqualTo(Office.UNKNOWN);
        assertThat(Reporting.UNKNOWN.complete()).isFalse();
    }
}
