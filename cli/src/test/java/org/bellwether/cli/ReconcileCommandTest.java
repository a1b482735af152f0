package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    private static final Path JUNE = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json");
    private static final Path COBB = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");

    @Test
    void theCertifiedExportAndTheThreePrecinctFilesAgreeFigureForFigure() {
        CommandRun run = CommandRun.of("reconcile", JUNE.toString(), COBB.getParent().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("COBB\\s+KAREN HANDEL\\s+45,688\\s+45,688\\s+\\+0")
                .containsPattern("All units\\s+JON OSSOFF\\s+125,517\\s+125,517")
                .contains("All 8 figures agree.");
    }

    @Test
    void aChangedPrecinctIsListedAsADifferenceAndExitsWithThree(@TempDir Path dir) throws IOException {
        String cobb = Files.readString(COBB)
                .replace("Cobb,Addison 01,U.S. House,6,Karen Handel,R,737", "Cobb,Addison 01,U.S. House,6,Karen Handel,R,700")
                .replace("Cobb,TOTAL,U.S. House,6,Karen Handel,R,45688", "Cobb,TOTAL,U.S. House,6,Karen Handel,R,45651");
        Files.writeString(dir.resolve("cobb.csv"), cobb);

        CommandRun run = CommandRun.of("reconcile", JUNE.toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).containsPattern("COBB\\s+KAREN HANDEL\\s+45,688\\s+45,651\\s+-37  DIFFERS")
                .containsPattern("DEKALB\\s+KAREN HANDEL\\s+24,117\\s+missing\\s+DIFFERS");
    }
}
