package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every count in a Clarity file is a whole number from 0 to the tally limit, or the read fails naming it. */
class ClarityCountsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "votes=\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "12a|\"12a\" is not a whole number",
        "2.5|\"2.5\" is not a whole number",
        "1,234|\"1,234\" is not a whole number",
        "+25|\"+25\" is not a whole number",
        "' 25'|\" 25\" is not a whole number",
        "''|\"\" is not a whole number",
        "-5|\"-5\" is negative",
        "2147483648|\"2147483648\" exceeds the limit of 2147483647 (TallyLimits.MAX_VOTES_PER_TALLY)",
        "99999999999999999999999|\"99999999999999999999999\" exceeds the limit of 2147483647 "
                + "(TallyLimits.MAX_VOTES_PER_TALLY)"})
    void refusesAPrecinctCountThatIsNotAWholeNumberInRange(String votes, String problem) throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"",
                "name=\"P1\" votes=\"" + votes + "\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: <Precinct> votes " + problem);
    }

    @Test
    void acceptsTheLargestCountAndLeadingZeros() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("totalVoters=\"100\" ballotsCast=\"80\"",
                "totalVoters=\"2147483447\" ballotsCast=\"000080\"").replace("totalVoters=\"300\"",
                "totalVoters=\"2147483647\""));

        assertThat(SmallDetail.read(file).statistics()).extracting(s -> s.count())
                .containsExactly(2_147_483_447L, 80L, 200L, 120L);
    }

    @Test
    void refusesANegativeChoiceTotal() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("totalVotes=\"90\"", "totalVotes=\"-90\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 14: <Choice> totalVotes \"-90\" "
                + "is negative");
    }

    @Test
    void refusesMalformedVoteTypeVotes() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("votes=\"60\"", "votes=\"sixty\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 15: <VoteType> votes \"sixty\" "
                + "is not a whole number");
    }

    @Test
    void refusesMalformedRegisteredVoters() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("totalVoters=\"200\"", "totalVoters=\"2e2\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 10: <Precinct> totalVoters "
                + "\"2e2\" is not a whole number");
    }

    @Test
    void refusesMalformedPrecinctsReporting() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("precinctsReported=\"2\"", "precinctsReported=\"all\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 13: <Contest> precinctsReported "
                + "\"all\" is not a whole number");
    }

    @Test
    void refusesAVoteForOfZero() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("voteFor=\"1\"", "voteFor=\"0\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 13: <Contest> voteFor is 0: a "
                + "voter must be able to mark at least one choice");
    }

    @Test
    void readsVoteForN() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("voteFor=\"1\"", "voteFor=\"3\""));

        assertThat(SmallDetail.read(file).contests().get(0).voteFor()).isEqualTo(3);
    }
}
