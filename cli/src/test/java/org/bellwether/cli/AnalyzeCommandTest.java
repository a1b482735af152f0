package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze commands on the four example specials and the shared data, as a user runs them. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static String[] args(String... command) {
        String[] all = new String[command.length + 2];
        System.arraycopy(command, 0, all, 0, command.length);
        all[command.length] = "--data";
        all[command.length + 1] = SharedData.root().toString();
        return all;
    }

    @Test
    void specialsTableGivesEachOverPerformanceAndBothAverages() {
        CommandRun run = CommandRun.of(args("analyze", "specials", "--format", "csv", "--table", "specials"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("specials,2,margin,3.57", "specials,2,over_performance,-10.93",
                "specials,1,over_performance,-12.43", "specials,3,over_performance,-22.82",
                "specials,4,over_performance,-12.36", "specials,5,over_performance,-14.64",
                "specials,6,over_performance,-13.33", "specials,2,swing_from_president_2016,2.07");
    }

    @Test
    void baselineReportsTheComputedAndPublishedFigures() {
        CommandRun run = CommandRun.of(args("analyze", "baseline", "--format", "json", "--table",
                "baseline-district"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"margin\" : 1.49", "\"published_margin\" : 1.50",
                "\"margin_minus_published\" : -0.01", "\"margin\" : 23.38");
    }

    @Test
    void moneyPerVoteForOssoffUsesTheExplicitIdTable() {
        CommandRun run = CommandRun.of(args("analyze", "money"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("GA-06 runoff   Jon Ossoff", "$31,605,071.08", "$251.80",
                "whole-cycle totals");
    }

    @Test
    void flowsSayWhatTheTotalsSettleAndWhatBoundsAllow() {
        CommandRun run = CommandRun.of(args("analyze", "flows", "--bootstrap", "200", "--format", "csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("flows-identified,1,difference,67747", "flows-identified,2,difference,36607",
                "flows-bounds,1,most,98192", "flows-regression,1,ols,-0.082");
    }

    @Test
    void houseForecastIsByteIdenticalOnARerun() {
        CommandRun first = CommandRun.of(args("analyze", "house", "--simulations", "2000", "--swing", "-8",
                "--format", "json"));
        CommandRun second = CommandRun.of(args("analyze", "house", "--simulations", "2000", "--swing", "-8",
                "--format", "json"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out()).contains("\"id\" : \"seat-curve\"",
                "\"id\" : \"uniform-swing\"", "\"seed\" : 20170620");
    }

    @Test
    void swingWrittenToAFileIsTheSameBytesTwice() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CommandRun.of(args("analyze", "swing", "--format", "csv", "--out", a.toString())).exitCode())
                .isZero();
        assertThat(CommandRun.of(args("analyze", "swing", "--format", "csv", "--out", b.toString())).exitCode())
                .isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).contains("swing-district,4,swing,2.07", "inputs,1,sha256,");
    }

    @Test
    void aBrokenSpecialFileExitsWithBadInputNamingTheLine() throws IOException {
        Path spec = Files.writeString(dir.resolve("bad.properties"), "name = X\nfiles = nowhere/*.csv\n"
                + "contest = C\ndistrict = GA-6\n");
        CommandRun run = CommandRun.of(args("analyze", "specials", spec.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad.properties: folder of \"nowhere/*.csv\" does not exist");
    }

    @Test
    void anUnknownAllocationRuleIsAUsageError() {
        CommandRun run = CommandRun.of(args("analyze", "baseline", "--allocation", "half"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown allocation rule 'half'");
    }
}
