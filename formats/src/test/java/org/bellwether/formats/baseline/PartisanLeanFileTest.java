package org.bellwether.formats.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartisanLeanFileTest {

    @TempDir
    Path dir;

    @Test
    void readsFiveThirtyEightsTableWithItsByteOrderMarkAndCrlf() {
        PartisanLeans leans = PartisanLeanFile.read(SharedData.file(
                "district-baselines/partisan-lean_2018_fivethirtyeight_partisan_lean_DISTRICTS.csv"), null);
        assertThat(leans.column()).isEqualTo("2018");
        assertThat(leans.rows()).hasSize(435);
        assertThat(leans.rows()).filteredOn(r -> r.district().equals("GA-6")).singleElement()
                .extracting(PartisanLeans.Row::lean).isEqualTo(new java.math.BigDecimal("14.5"));
        assertThat(leans.rows()).filteredOn(r -> r.district().equals("AL-7")).singleElement()
                .extracting(r -> r.lean().toPlainString()).isEqualTo("-41.69");
    }

    @Test
    void aLeanNotWrittenRorDPlusNamesTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("lean.csv"), "district,2020\nGA-6,R+3\nGA-7,+4\n");
        assertThatThrownBy(() -> PartisanLeanFile.read(file, null)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 3: lean \"+4\" is not written R+N, D+N or EVEN");
    }

    @Test
    void severalLeanColumnsNeedOneNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("lean.csv"), "district,2017,2018\nGA-6,R+9.5,EVEN\n");
        assertThatThrownBy(() -> PartisanLeanFile.read(file, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 1: expected one lean column beside 'district', found 2");
        assertThat(PartisanLeanFile.read(file, "2017").rows().get(0).lean().toPlainString()).isEqualTo("9.5");
        assertThat(PartisanLeanFile.read(file, "2018").rows().get(0).lean().signum()).isZero();
    }
}
