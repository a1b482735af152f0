package org.bellwether.formats.sidefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ExampleFiles;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChoiceAliasesFileTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("aliases.csv"), text);
    }

    private void assertFails(String text, String message) throws IOException {
        Path file = csv(text);
        assertThatThrownBy(() -> ChoiceAliasesFile.load(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void loadsTheShippedKansasSpellingsOfJamesAThompson() {
        ChoiceAliases aliases = ChoiceAliasesFile.load(ExampleFiles.file("ks04-2017/aliases.csv"));

        assertThat(aliases.canonicalByVariant()).isEqualTo(Map.of(
                "James A Thompson", "James A. Thompson",
                "James Thompson", "James A. Thompson"));
    }

    @Test
    void matchesVariantsExactly() throws IOException {
        ChoiceAliases aliases = ChoiceAliasesFile.load(csv("canonical,variant\nJames A. Thompson,James Thompson\n"));

        assertThat(aliases.canonical("James Thompson")).contains("James A. Thompson");
        assertThat(aliases.canonical("JAMES THOMPSON")).isEmpty();
    }

    @Test
    void rejectsAVariantListedTwice() throws IOException {
        assertFails("variant,canonical\nJim Thompson,James A. Thompson\nJim Thompson,James Thompson\n",
                "line 3: variant \"Jim Thompson\" is listed twice (first on line 2)");
    }

    @Test
    void rejectsAVariantEqualToItsCanonicalName() throws IOException {
        assertFails("variant,canonical\nJames A. Thompson,James A. Thompson\n",
                "line 2: variant \"James A. Thompson\" is the same as its canonical name");
    }

    @Test
    void rejectsAChainOfAliases() throws IOException {
        assertFails("variant,canonical,note\nJim Thompson,James Thompson,\nJames Thompson,James A. Thompson,\n",
                "line 2: canonical \"James Thompson\" is itself a variant (line 3): give its final spelling instead");
    }

    @Test
    void rejectsAnEmptyVariantOrCanonicalName() throws IOException {
        assertFails("variant,canonical\n,James A. Thompson\n", "line 2: empty variant");
        assertFails("variant,canonical\nJim Thompson, \n", "line 2: empty canonical name");
    }

    @Test
    void rejectsAnUnknownColumn() throws IOException {
        assertFails("variant,canonical,county\nA,B,Kiowa\n",
                "line 1: unknown column \"county\" (the columns are variant, canonical, note (optional))");
    }

    @Test
    void rejectsMoreRowsThanTheLimit() throws IOException {
        StringBuilder text = new StringBuilder("variant,canonical\n");
        for (int i = 0; i <= SideCsv.MAX_ROWS; i++) {
            text.append("v").append(i).append(",c\n");
        }

        assertFails(text.toString(), "line 10002: more than 10000 rows (SideCsv.MAX_ROWS)");
    }
}
