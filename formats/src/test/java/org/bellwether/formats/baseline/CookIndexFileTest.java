package org.bellwether.formats.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookIndexFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheJavaScriptArrayOf435Districts() {
        List<CookIndex> all = CookIndexFile.read(SharedData.file("district-baselines/cookIndices.js"));
        assertThat(all).hasSize(435);
        CookIndex ga6 = all.stream().filter(c -> c.district().equals("GA-6")).findFirst().orElseThrow();
        assertThat(ga6.trump()).contains(new BigDecimal("48.3"));
        assertThat(ga6.clinton()).contains(new BigDecimal("46.8"));
        assertThat(ga6.romney()).contains(new BigDecimal("60.9"));
        assertThat(ga6.line()).isEqualTo(1073);
    }

    @Test
    void floridasNull2012FiguresAreEmpty() {
        CookIndex fl1 = CookIndexFile.read(SharedData.file("district-baselines/cookIndices.js")).stream()
                .filter(c -> c.district().equals("FL-1")).findFirst().orElseThrow();
        assertThat(fl1.obama()).isEqualTo(Optional.empty());
        assertThat(fl1.trump()).contains(new BigDecimal("67.5"));
    }

    @Test
    void aPercentageThatIsNotANumberNamesTheEntrysLine() throws IOException {
        Path file = Files.writeString(dir.resolve("c.js"), "const indices = [\n {\n \"Dist\": \"X-1\",\n"
                + " \"PVI\": \"R+1\", \"Trump %\": \"lots\"\n }\n];\n");
        assertThatThrownBy(() -> CookIndexFile.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 2: \"Trump %\" is not a number: \"lots\"");
    }
}
