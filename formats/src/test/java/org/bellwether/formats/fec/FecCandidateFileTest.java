package org.bellwether.formats.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.SharedData;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FecCandidateFileTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderTranscribedFromTheSpreadsheetHasThirtyColumns() {
        assertThat(FecHeader.COLUMNS).hasSize(30).startsWith("CAND_ID", "CAND_NAME", "CAND_ICI")
                .endsWith("CVG_END_DT", "INDIV_REFUNDS", "CMTE_REFUNDS");
    }

    @Test
    void readsOssoffsWholeCycleReceipts() {
        List<FecCandidate> all = FecCandidateFile.read(SharedData.file("fec/weball18.txt"));
        assertThat(all).hasSize(3687);
        FecCandidate ossoff = all.stream().filter(c -> c.id().equals("H8GA06195")).findFirst().orElseThrow();
        assertThat(ossoff.name()).isEqualTo("OSSOFF, T. JONATHAN");
        assertThat(ossoff.receipts()).isEqualTo(new BigDecimal("31605071.08"));
        assertThat(ossoff.disbursements()).isEqualTo(new BigDecimal("31212595.64"));
        assertThat(ossoff.state() + "-" + ossoff.district()).isEqualTo("GA-06");
        assertThat(ossoff.coverageEnd()).isEqualTo("12/31/2018");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("weball.txt"), "H1|ONLY|THREE\n");
        assertThatThrownBy(() -> FecCandidateFile.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 1: 3 fields, but the FEC header has 30 (see all_cand_header.txt)");
    }
}
