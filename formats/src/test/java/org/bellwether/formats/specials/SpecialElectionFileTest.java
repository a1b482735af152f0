package org.bellwether.formats.specials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecialElectionFileTest {

    @TempDir
    Path dir;

    private static Path example(String name) {
        Path here = Path.of("").toAbsolutePath();
        return here.getParent().resolve("examples/specials").resolve(name);
    }

    @Test
    void theGa06RunoffFileDeclaresItsFilesContestAndBaselines() {
        SpecialElectionSpec spec = SpecialElectionFile.load(example("ga06-2017-runoff.properties"));
        assertThat(spec.name()).isEqualTo("GA-06 runoff");
        assertThat(spec.contest()).isEqualTo("U.S. House, District 6");
        assertThat(spec.district()).isEqualTo("GA-6");
        assertThat(spec.baselines()).extracting(BaselineSpec::id).containsExactly("pres16", "pres12", "house16");
        assertThat(spec.baselines().get(0).boundary()).contains("U.S. Representative, District 6");
        assertThat(spec.baselines().get(2).boundary()).isEmpty();
        assertThat(spec.baselines().get(0).republican()).containsExactly("DONALD J. TRUMP");
        assertThat(DataFiles.resolve(SharedData.root(), spec.files(), "x")).hasSize(3);
    }

    @Test
    void everyExampleLoadsAndItsPatternsMatchFiles() throws IOException {
        try (var list = Files.list(example(""))) {
            for (Path p : list.filter(f -> f.toString().endsWith(".properties")).toList()) {
                SpecialElectionSpec spec = SpecialElectionFile.load(p);
                assertThat(DataFiles.resolve(SharedData.root(), spec.files(), p.toString())).isNotEmpty();
            }
        }
    }

    @Test
    void aMisspeltKeyIsAnErrorOnItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("x.properties"), "name = X\nfiles = a/*.csv\ncontest = C\n"
                + "district = GA-6\nbaseline = pres16\n");
        assertThatThrownBy(() -> SpecialElectionFile.load(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 5: unknown key 'baseline'");
    }

    @Test
    void aKeySetTwiceOrAMissingKeyIsNamed() throws IOException {
        Path twice = Files.writeString(dir.resolve("t.properties"), "name = X\nname = Y\n");
        assertThatThrownBy(() -> SpecialElectionFile.load(twice))
                .hasMessage(twice + ": line 2: key 'name' is set twice (first on line 1)");
        Path missing = Files.writeString(dir.resolve("m.properties"), "name = X\n");
        assertThatThrownBy(() -> SpecialElectionFile.load(missing))
                .hasMessage(missing + ": missing required key 'files'");
    }

    @Test
    void aPatternMatchingNothingIsAnError() {
        assertThatThrownBy(() -> DataFiles.resolve(SharedData.root(), java.util.List.of("ga06-2017/sos/*.xml"),
                "s.properties")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("s.properties: no file matches \"ga06-2017/sos/*.xml\"");
    }
}
