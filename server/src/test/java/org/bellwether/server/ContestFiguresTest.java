package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestView;
import org.junit.jupiter.api.Test;

/** Contest views on the real GA-06 files: status words, winner flags, reporting and the hurdle. */
class ContestFiguresTest {

    private static ContestView view(Election e, String contest) {
        int i = e.contestIndex(contest);
        return ContestFigures.view(e, i, ContestRules.ownLaw().choose(e, e.contests().get(i)),
                org.bellwether.core.CountReporting.of(e).get(i));
    }

    @Test
    void theAprilRoundIsARunoffBetweenOssoffAndHandelFlaggedR() {
        Election april = Readers.standard().read(List.of(SharedData.file("ga06-2017/sos/export-2017AprSpec.json")),
                ReadOptions.DEFAULT);
        String name = april.contests().stream().map(c -> c.name()).filter(n -> n.contains("District 6"))
                .findFirst().orElseThrow();
        ContestView v = view(april, name);
        assertThat(v.status().code()).isEqualTo("runoff-required");
        assertThat(v.status().words()).isEqualTo("Runoff between JON OSSOFF and KAREN HANDEL");
        assertThat(v.choices()).filteredOn(c -> c.winner().equals("R")).extracting(ChoiceLine::name)
                .containsExactly("JON OSSOFF", "KAREN HANDEL");
        assertThat(v.choices()).filteredOn(c -> !c.winner().equals("R")).extracting(ChoiceLine::winner)
                .containsOnly("");
        assertThat(v.reporting().level()).isEqualTo("county");
        assertThat(v.reporting().complete()).isTrue();
        assertThat(v.choices().get(0).percent()).isEqualTo("48.12");
    }

    @Test
    void halfOfCobbIsALeadWithAnEstimatedExpectedVoteAndAHurdle() {
        byte[] half = ClarityReplay.detailXml("Cobb", 0.5, "6/20/2017 9:00:00 PM EDT");
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile("cobb-half", ".xml");
            java.nio.file.Files.write(file, half);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Election e = Readers.standard().read(List.of(file), ReadOptions.DEFAULT);
        ContestView v = view(e, "U.S. Representative, District 6");
        assertThat(v.reporting().units()).isEqualTo(50);
        assertThat(v.reporting().unitsReporting()).isEqualTo(25);
        assertThat(v.reporting().expectedVote()).isPresent();
        assertThat(v.reporting().expectedVote().getAsLong()).isGreaterThan(v.reporting().votesCounted());
        assertThat(v.status().code()).isEqualTo("leading");
        assertThat(v.choices()).extracting(ChoiceLine::winner).containsOnly("");
        ContestView.Hurdle h = v.hurdle().orElseThrow();
        assertThat(h.leading()).isEqualTo("KAREN HANDEL");
        long remaining = v.reporting().remaining().getAsLong();
        assertThat(h.path()).isEqualTo(h.margin() < remaining);
        assertThat(h.percent()).hasValue(org.bellwether.core.rule.Percentage.format(h.margin() + remaining,
                2 * remaining, 1));
    }
}
