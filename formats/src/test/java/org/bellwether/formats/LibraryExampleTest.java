package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.OutcomeStatus;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.junit.jupiter.api.Test;

/** The README's example of Bellwether used from Java, run as written on the export shipped in examples/. */
class LibraryExampleTest {

    @Test
    void readsTheAprilExportAndFindsThatGeorgiaLawSendsTheDistrictToARunoff() {
        Path file = Path.of(System.getProperty("user.dir"), "../examples/ga06-2017/sos/export-2017AprSpec.json");

        // README: from here
        Election april = Readers.standard().read(List.of(file), ReadOptions.DEFAULT);
        int contest = april.contestIndex("U.S. Representative, District 6");
        Outcome outcome = Tabulator.tabulate(april.contests().get(contest), april.choiceTotals(contest),
                MajorityRunoff.georgia(), TieBreak.BY_LAW);
        System.out.println(outcome.status() + ": " + outcome.explanation());
        // README: to here

        assertThat(outcome.status()).isEqualTo(OutcomeStatus.RUNOFF_REQUIRED);
        assertThat(outcome.advancing()).extracting(c -> c.name()).containsExactly("JON OSSOFF", "KAREN HANDEL");
        assertThat(outcome.finalRound().totalVotes()).isEqualTo(192_569);
    }
}
