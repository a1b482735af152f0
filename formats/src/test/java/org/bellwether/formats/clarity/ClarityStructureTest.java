package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a detail file must have, what it may repeat, and what the reader tolerates and notes once. */
class ClarityStructureTest {

    @TempDir
    Path dir;

    @Test
    void notesAnUnknownElementOnceAndReadsOn() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.XML.replace("<Precinct name=\"P1\" votes=\"25\" />",
                "<Precinct name=\"P1\" votes=\"25\" />\n<Audit by=\"x\"><Deep/></Audit>")
                .replace("<Precinct name=\"P1\" votes=\"10\" />",
                        "<Precinct name=\"P1\" votes=\"10\" />\n<Audit by=\"y\"/>"));

        Election election = SmallDetail.read(file);

        assertThat(election.notes()).filteredOn(n -> n.contains("Audit")).containsExactly(
                "clarity-detail-xml: detail.xml: ignored unknown element <Audit> in <VoteType> (first at line 17)");
        assertThat(election.tallies().size()).isEqualTo(4);
    }

    @Test
    void notesAnUnknownAttributeOnce() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.XML.replace("votes=\"25\"", "votes=\"25\" audited=\"yes\"")
                .replace("votes=\"35\"", "votes=\"35\" audited=\"no\""));

        assertThat(SmallDetail.read(file).notes()).filteredOn(n -> n.contains("audited")).containsExactly(
                "clarity-detail-xml: detail.xml: ignored unknown attribute \"audited\" of <Precinct> (first at line "
                        + "16)");
    }

    @Test
    void refusesAPrecinctWithoutVotes() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P1\" votes=\"25\"", "name=\"P1\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 16: <Precinct> has no votes "
                + "attribute");
    }

    @Test
    void refusesAChoiceWithoutTotalVotes() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with(" totalVotes=\"90\"", ""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 14: <Choice> has no totalVotes "
                + "attribute");
    }

    @Test
    void refusesAnEmptyContestName() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("text=\"U.S. Representative, District 6\"",
                "text=\" \""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 13: <Contest> text is empty");
    }

    @Test
    void refusesAPrecinctTwiceInOneVoteType() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P2\" votes=\"35\"", "name=\"P1\" votes=\"35\""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 17: duplicate: \"P1\" appears "
                + "twice in the \"Election Day\" votes of \"KAREN HANDEL\" in \"U.S. Representative, District 6\"");
    }

    @Test
    void refusesAPrecinctTwiceInTheTurnout() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("name=\"P2\" totalVoters", "name=\"P1\" totalVoters"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 10: duplicate: registered voters "
                + "of \"P1\" given twice");
    }

    @Test
    void refusesFiguresBeforeTheRegion() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("  <Region>Cobb</Region>\n", ""));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 8: <Precinct> comes before any "
                + "<Region>: the file does not say where its figures are from");
    }

    @Test
    void refusesADateThatIsNotOne() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("6/20/2017</ElectionDate>", "2017-06-20</ElectionDate>"));

        assertThatThrownBy(() -> SmallDetail.read(file)).hasMessage(file + ": line 5: <ElectionDate> \"2017-06-20\" "
                + "is not a date (M/D/YYYY)");
    }

    @Test
    void readsAStatewideRegionAsTheStateAndItsPrecinctsInsideIt() throws IOException {
        Path file = SmallDetail.write(dir, SmallDetail.with("<Region>Cobb</Region>", "<Region>GA</Region>"));

        assertThat(SmallDetail.read(file).units()).extracting(u -> u.id() + " < " + u.parentId().orElse(""))
                .containsExactly("Georgia < ", "Georgia/P1 < Georgia", "Georgia/P2 < Georgia");
    }
}
