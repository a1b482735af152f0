package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Certification;
import org.bellwether.core.Contest;
import org.bellwether.core.CountReporting;
import org.bellwether.core.Election;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.RuleChoice;
import org.bellwether.core.rule.RuleResolver;
import org.bellwether.core.rule.Status;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.bellwether.core.rule.Verdict;
import org.bellwether.formats.sidefile.RulebookFile;
import org.junit.jupiter.api.Test;

/** The README's example of Bellwether used from Java, run as written on the export shipped in examples/. */
class LibraryExampleTest {

    @Test
    void readsTheAprilExportAndFindsThatGeorgiaLawSendsTheDistrictToARunoff() {
        Path file = Path.of(System.getProperty("user.dir"), "../examples/ga06-2017/sos/export-2017AprSpec.json");

        // README: from here
        Election april = Readers.standard().read(List.of(file), ReadOptions.DEFAULT);
        int index = april.contestIndex("U.S. Representative, District 6");
        Contest contest = april.contests().get(index);
        // the contest's own law: here the bundled rulebook's entry for a Georgia special election
        RuleChoice rule = new RuleResolver(RulebookFile.bundled()).resolve(april, contest, Optional.empty());
        Outcome outcome = Tabulator.tabulate(contest, april.choiceTotals(index), rule, TieBreak.BY_LAW,
                CountReporting.of(april).get(index), april.certification());
        System.out.println(outcome.status().label() + ": " + outcome.explanation());
        // README: to here

        assertThat(outcome.status()).isEqualTo(new Status.Decided(Verdict.RUNOFF, Certification.UNOFFICIAL));
        assertThat(outcome.advancing()).extracting(c -> c.name()).containsExactly("JON OSSOFF", "KAREN HANDEL");
        assertThat(outcome.finalRound().totalVotes()).isEqualTo(192_569);
    }
}
