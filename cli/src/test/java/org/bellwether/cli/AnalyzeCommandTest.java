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
    void specialsTableGivesEachOverPerformanceAndAveragesEachContestOnce() {
        CommandRun run = CommandRun.of(args("analyze", "specials", "--format", "csv", "--table", "specials"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        // GA-06 round 1 is shown but its runoff stands for the contest: (-10.93 - 22.82 - 12.36) / 3 = -15.37
        assertThat(run.out()).contains("specials,2,margin,3.57", "specials,2,over_performance,-10.93",
                "specials,1,over_performance,-12.43", "specials,3,over_performance,-22.82",
                "specials,4,over_performance,-12.36", "specials,5,over_performance,-15.37",
                "specials,6,over_performance,-13.56", "specials,2,swing_from_president_2016,2.07");
        CommandRun text = CommandRun.of(args("analyze", "specials", "--table", "specials"));
        assertThat(text.out()).contains("GA-06 round 1 (a first round whose runoff is a row) is shown but not averaged");
    }

    @Test
    void countRoundsAveragesARoundAndItsRunoffAsTwoSpecials() {
        CommandRun run = CommandRun.of(args("analyze", "specials", "--count-rounds", "--format", "csv", "--table",
                "specials"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("specials,5,over_performance,-14.64", "specials,6,over_performance,-13.33");
    }

    @Test
    void cyclePlacesGa06AmongTheTablesTwoHundredContests() {
        CommandRun run = CommandRun.of(args("analyze", "cycle", "--format", "csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cycle-summary,1,count,200", "cycle-summary,1,average,-8.29",
                "cycle-summary,1,median,-5.00", "cycle-placement,1,rank_dem_end,89 of 200 (=8)",
                "cycle-placement,1,minus_average,2.29", "cycle-placement,1,votes_cast,260316",
                "cycle-placement,1,rank_among_congressional,6 of 7");
        // ours against the table's own lean formula, beside FiveThirtyEight's whole points
        assertThat(run.out()).contains("cycle-published,1,special,GA-06 runoff", "cycle-published,1,table_s_lean,9.50",
                "cycle-published,1,ours,-5.94", "cycle-published,1,fivethirtyeight,-6.00",
                "cycle-published,1,difference,0.06", "cycle-published,1,ours_vs_2018_lean,-10.93",
                "cycle-published,2,ours,-22.56", "cycle-published,2,fivethirtyeight,-23.00",
                "cycle-published,3,ours,-15.73", "cycle-published,3,fivethirtyeight,-16.00");
        CommandRun text = CommandRun.of(args("analyze", "cycle", "--table", "cycle-published"));
        assertThat(text.out()).contains("within the table's rounding to whole points (±0.5); the shared 2018 lean file's"
                + " lean differs from the table's by +5.00 points, so against it the figure is -10.93", "(2012 margin"
                + " derived from the table's Clinton-over-Obama column)");
    }

    @Test
    void houseAsOfAPastDayCountsOnlyTheSpecialsHeldByThenAndSaysSo() {
        CommandRun run = CommandRun.of(args("analyze", "house", "--as-of", "2017-06-20", "--simulations", "2000",
                "--format", "csv", "--table", "national-environment", "--table", "house-forecast"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("national-environment,1,cut_off,2017-06-20", "national-environment,1,specials,23",
                "house-forecast,1,cut_off,2017-06-20", "house-forecast,1,seed,20170620",
                "house-forecast,1,national_environment,-14.43");
        assertThat(run.out()).doesNotContain("national_sd,0.00");
        CommandRun text = CommandRun.of(args("analyze", "house", "--as-of", "2017-06-20", "--simulations", "2000",
                "--table", "house-forecast"));
        assertThat(text.out()).contains("Bellwether analysis: the House as of 2017-06-20",
                "defaults: --simulations 10000, --seed 20170620, --district-sd 5, --weighting equal, --slope 1.0");
    }

    @Test
    void aCutOffBeforeTheCycleIsAUsageErrorNamingTheFirstSpecial() {
        CommandRun run = CommandRun.of(args("analyze", "house", "--as-of", "2016-12-31"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--as-of 2016-12-31: no special of the table was held by then (the first was on"
                + " 2017-01-31)");
        CommandRun federal = CommandRun.of(args("analyze", "house", "--as-of", "2017-03-01", "--weighting", "federal"));
        assertThat(federal.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(federal.err()).contains("no special counted by the weighting 'federal' was held by 2017-03-01");
    }

    @Test
    void anUnknownWeightingIsAUsageError() {
        CommandRun run = CommandRun.of(args("analyze", "house", "--weighting", "turnout"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown weighting 'turnout': equal, specials or federal");
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
