package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rank cells matched as FastCSV parses them (no copy of a matched cell): a count alone, a count by precinct and a
 * reading with identities give the same ballots, and the text still kept is what each needs.
 */
class RankCellsTest {

    private static final String CVR = "id,batch,precinct,r1,r2,r3\n"
            + "b-1,B1,P1, Ada ,Grace,undervote\n"
            + "b-2,B2,P2,Grace,overvote,\n"
            + "b-3,B1,P3,Ada,Grace,undervote\n";

    @TempDir
    Path dir;

    private RctabConfig config(String cvr, boolean byPrecinct, String delimiter) throws IOException {
        Files.writeString(dir.resolve("cvr.csv"), cvr);
        Files.writeString(dir.resolve("c_config.json"), """
                {"outputSettings": {"contestName": "Mayor", "tabulateByPrecinct": %s},
                 "cvrFileSources": [{"filePath": "cvr.csv", "provider": "ess", "firstVoteColumnIndex": "4",
                   "firstVoteRowIndex": "2", "idColumnIndex": "1", "batchColumnIndex": "2",
                   "precinctColumnIndex": "3", "overvoteLabel": "overvote", "skippedRankLabel": "undervote",
                   "overvoteDelimiter": "%s"}],
                 "candidates": [{"name": "Ada"}, {"name": "Grace"}],
                 "rules": {"winnerElectionMode": "singleWinnerMajority", "overvoteRule": "exhaustImmediately",
                   "tiebreakMode": "stopCountingAndAsk", "maxRankingsAllowed": "3"}}
                """.formatted(byPrecinct, delimiter));
        return RctabConfigReader.read(dir.resolve("c_config.json"));
    }

    @Test
    void aCountAloneGroupsTheTrimmedMatchedCells() throws IOException {
        RankedBallots ballots = CastVoteRecords.read(config(CVR, false, ""));
        assertThat(ballots.ballots()).isEqualTo(3);
        assertThat(ballots.groups()).isEqualTo(2);
        assertThat(ballots.count(0)).isEqualTo(2);
        assertThat(ballots.marks(0)).containsExactly(RankedBallots.mark(1, 0), RankedBallots.mark(2, 1));
        assertThat(ballots.marks(1)).containsExactly(RankedBallots.mark(1, 1),
                RankedBallots.mark(2, RankedBallots.OVERVOTE));
    }

    @Test
    void aCountByPrecinctAndIdentitiesKeepTheTextOfTheirColumns() throws IOException {
        RankedBallots byPrecinct = CastVoteRecords.read(config(CVR, true, ""));
        assertThat(byPrecinct.groups()).isEqualTo(3);
        assertThat(byPrecinct.sliceNames()).containsExactly("P1", "P2", "P3");
        RankedBallots identities = CastVoteRecords.read(config(CVR, false, ""), true);
        assertThat(identities.identities().orElseThrow().id(2)).isEqualTo("b-3");
        assertThat(identities.identities().orElseThrow().batchNames()).containsExactly("B1", "B2");
        assertThat(identities.identities().orElseThrow().precinctNames()).containsExactly("P1", "P2", "P3");
    }

    @Test
    void anUnknownNameIsStillNamedWithItsLineAndRank() throws IOException {
        RctabConfig config = config(CVR + "b-4,B2,P2,Grace,Alan Turing,\n", false, "");
        assertThatThrownBy(() -> CastVoteRecords.read(config)).isInstanceOf(InputException.class)
                .hasMessage("cvr.csv: line 5: candidate \"Alan Turing\" is not a candidate or alias of the"
                        + " configuration");
    }

    @Test
    void withAnOvervoteDelimiterCellsAreSplitFromTheirText() throws IOException {
        RankedBallots ballots = CastVoteRecords.read(config("id,batch,precinct,r1,r2,r3\nb-1,B1,P1,Ada|Grace,,\n",
                false, "|"));
        assertThat(ballots.marks(0)).containsExactly(RankedBallots.mark(1, 0), RankedBallots.mark(1, 1));
        RctabConfig both = config("id,batch,precinct,r1,r2,r3\nb-1,B1,P1,Ada|overvote,,\n", false, "|");
        assertThatThrownBy(() -> CastVoteRecords.read(both)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("overvote label and a candidate");
    }
}
