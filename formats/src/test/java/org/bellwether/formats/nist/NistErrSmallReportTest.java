package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NistErrSmallReportTest {

    @Test
    void theSoundSmallReportReadsTheSameInBothEncodings(@TempDir Path dir) {
        Election xml = NistFiles.read(SmallReports.write(dir, "r.xml", SmallReports.fill(SmallReports.XML)));
        Election json = NistFiles.read(SmallReports.write(dir, "r.json", SmallReports.fill(SmallReports.JSON)));

        assertThat(xml.choiceTotals(0)).containsExactly(7);
        assertThat(xml.tallies().size()).isEqualTo(2);
        assertThat(Results.of(json)).isEqualTo(Results.of(xml));
    }
}
