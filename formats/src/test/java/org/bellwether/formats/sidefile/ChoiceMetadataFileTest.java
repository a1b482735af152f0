package org.bellwether.formats.sidefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.ExampleFiles;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChoiceMetadataFileTest {

    static final String COLUMNS = "(the columns are choice, party, write_in (optional), note (optional))";

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("choices.csv"), text);
    }

    private void assertFails(String text, String message) throws IOException {
        Path file = csv(text);
        assertThatThrownBy(() -> ChoiceMetadataFile.load(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void loadsTheShippedPartiesOfTheEighteenAprilCandidates() {
        ChoiceMetadata metadata = ChoiceMetadataFile.load(ExampleFiles.file("ga06-2017/choices.csv"));

        assertThat(metadata.byName()).hasSize(18);
        assertThat(metadata.byName().values()).filteredOn(f -> f.party().equals(Optional.of("R"))).hasSize(11);
        assertThat(metadata.byName().values()).filteredOn(f -> f.party().equals(Optional.of("D"))).hasSize(5);
        assertThat(metadata.byName().values()).filteredOn(f -> f.party().equals(Optional.of("I"))).hasSize(2);
        assertThat(metadata.of("Jon Ossoff")).contains(new ChoiceFacts(Optional.of("D"), false));
        assertThat(metadata.of("ANDRE POLLARD")).contains(new ChoiceFacts(Optional.of("I"), false));
    }

    @Test
    void readsOptionalColumnsAndSpacesAroundValues() throws IOException {
        ChoiceMetadata metadata = ChoiceMetadataFile.load(csv("party, choice\n R , Karen Handel \n,Write-in\n"));

        assertThat(metadata.of("KAREN HANDEL")).contains(new ChoiceFacts(Optional.of("R"), false));
        assertThat(metadata.of("write-in")).contains(new ChoiceFacts(Optional.empty(), false));
    }

    @Test
    void readsWriteInFlags() throws IOException {
        ChoiceMetadata metadata = ChoiceMetadataFile.load(csv("choice,party,write_in\nWrite-in,,TRUE\nA,R,false\n"));

        assertThat(metadata.of("Write-in")).contains(new ChoiceFacts(Optional.empty(), true));
        assertThat(metadata.of("A")).contains(new ChoiceFacts(Optional.of("R"), false));
    }

    @Test
    void rejectsAnUnknownColumn() throws IOException {
        assertFails("choice,partei\nA,R\n", "line 1: unknown column \"partei\" " + COLUMNS);
    }

    @Test
    void rejectsAMissingRequiredColumn() throws IOException {
        assertFails("choice,note\nA,x\n", "line 1: no column \"party\" " + COLUMNS);
    }

    @Test
    void rejectsAColumnGivenTwice() throws IOException {
        assertFails("choice,party,party\nA,R,D\n", "line 1: column \"party\" appears twice " + COLUMNS);
    }

    @Test
    void rejectsAChoiceListedTwiceInAnyCase() throws IOException {
        assertFails("choice,party\nJon Ossoff,D\nKaren Handel,R\nJON OSSOFF,R\n",
                "line 4: choice \"JON OSSOFF\" is listed twice (first on line 2)");
    }

    @Test
    void rejectsAnEmptyChoiceName() throws IOException {
        assertFails("choice,party\nA,R\n  ,D\n", "line 3: empty choice name");
    }

    @Test
    void rejectsAWriteInFlagThatIsNotABoolean() throws IOException {
        assertFails("choice,party,write_in\nA,R,yes\n", "line 2: write_in \"yes\" is not true, false or empty");
    }

    @Test
    void rejectsARowWithTooFewFields() throws IOException {
        assertFails("choice,party,write_in\nA,R,false\nB,D\n", "line 3: 2 fields, but the header has 3");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertFails("", "file is empty: expected a header with the columns choice, party, write_in (optional), "
                + "note (optional)");
    }

    @Test
    void rejectsAMissingFile() {
        Path file = dir.resolve("absent.csv");

        assertThatThrownBy(() -> ChoiceMetadataFile.load(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": file does not exist");
    }
}
