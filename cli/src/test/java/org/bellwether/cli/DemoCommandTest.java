package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final String DATA = SharedData.file("ga06-2017/sos/export-2017AprSpec.json").getParent()
            .getParent().toString();

    @Test
    void roundOneShowsOssoffAndHandelAdvancingBecauseNobodyReachedAMajority() {
        CommandRun run = CommandRun.of("demo", "--data", DATA);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("1\\s+JON OSSOFF\\s+D\\s+92,673\\s+48\\.12%\\s+advances")
                .containsPattern("2\\s+KAREN HANDEL\\s+R\\s+38,071\\s+19\\.77%\\s+advances")
                .containsPattern("Total votes\\s+192,569")
                .containsPattern("Votes needed to win\\s+96,285")
                .contains("Outcome: RUNOFF REQUIRED (complete, unofficial).")
                .contains("Rule from: Bellwether's rulebook (us-rulebook.csv), entry GA * * (O.C.G.A. § 21-2-501(a)(1))");
    }

    @Test
    void roundOneListsAllEighteenCandidates() {
        String out = CommandRun.of("demo", "--data", DATA).out();
        String roundOne = out.substring(out.indexOf("Round 1"), out.indexOf("Runoff:"));

        assertThat(roundOne.lines().filter(l -> l.matches("\\s+\\d+\\s+\\S.*"))).hasSize(18);
    }

    @Test
    void runoffShowsHandelElectedWithTheCertifiedCountsByCountyAndVoteType() {
        String out = CommandRun.of("demo", "--data", DATA).out();
        String runoff = out.substring(out.indexOf("Runoff:"));

        assertThat(runoff)
                .containsPattern("1\\s+KAREN HANDEL\\s+REP\\s+134,799\\s+51\\.78%\\s+elected")
                .containsPattern("2\\s+JON OSSOFF\\s+DEM\\s+125,517\\s+48\\.22%")
                .contains("Margin: KAREN HANDEL by 9,282 votes")
                .containsPattern("Cobb County\\s+45,688\\s+57\\.98%\\s+33,114\\s+42\\.02%\\s+78,802")
                .containsPattern("DeKalb County\\s+24,117")
                .containsPattern("Fulton County\\s+64,994")
                .contains("Election day", "Advance in person", "Absentee by mail", "Provisional");
    }

    @Test
    void linksTheRunoffToItsFirstRoundAsOneStory() {
        String out = CommandRun.of("demo", "--data", DATA).out();
        String story = out.substring(out.indexOf("Runoff and first round:"));

        assertThat(story).startsWith("Runoff and first round: U.S. Representative, District 6")
                .contains("The runoff's choices are exactly the 2 who advanced.")
                .containsPattern("KAREN HANDEL\\s+38,071\\s+2\\s+134,799\\s+\\+96,728")
                .containsPattern("JON OSSOFF\\s+92,673\\s+1\\s+125,517\\s+\\+32,844")
                .contains("Votes cast: 192,569 in the first round, 260,316 in the runoff (+67,747, +35.18%).");
    }

    @Test
    void statesTheSha256OfEveryInputAndTheSoftwareVersion() {
        String out = CommandRun.of("demo", "--data", DATA).out();

        assertThat(out).containsPattern("[0-9a-f]{64}  \\S+export-2017AprSpec.json  \\(georgia-sos-json\\)")
                .containsPattern("[0-9a-f]{64}  \\S+export-2017JunSpecRun.json  \\(georgia-sos-json\\)")
                .contains("Made by Bellwether " + SoftwareVersion.get() + ".");
    }

    @Test
    void givesByteIdenticalOutputFromRunToRunInEveryFormat() {
        for (String format : new String[] {"text", "json", "csv"}) {
            String first = CommandRun.of("demo", "--data", DATA, "--format", format).out();
            String second = CommandRun.of("demo", "--data", DATA, "--format", format).out();
            assertThat(second).isEqualTo(first).isNotEmpty();
        }
    }

    @Test
    void jsonOutputCarriesExactCountsAndTheMajorityNeeded() {
        String json = CommandRun.of("demo", "--data", DATA, "--format", "json").out();

        assertThat(json).contains("\"votesNeeded\" : 96285", "\"totalVotes\" : 192569",
                "\"status\" : \"runoff-required\"", "\"status\" : \"elected\"", "\"votes\" : 134799")
                .containsPattern("\"elected\" : \\[\\s+\"KAREN HANDEL\"\\s+\\]");
    }

    @Test
    void aMissingDataFolderIsBadInputNamingTheFile() {
        CommandRun run = CommandRun.of("demo", "--data", "no/such/folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bellwether: no/such/folder/sos/export-2017AprSpec.json: file does not exist"
                + System.lineSeparator());
    }

    @Test
    void theExportsShippedWithTheProjectAreByteForByteTheSharedOnes() throws IOException {
        Path shipped = Path.of(System.getProperty("user.dir")).resolve("../examples/ga06-2017");
        for (String file : new String[] {DemoCommand.ROUND_ONE, DemoCommand.RUNOFF}) {
            assertThat(Files.mismatch(shipped.resolve(file), Path.of(DATA).resolve(file))).isEqualTo(-1L);
        }
    }

    @Test
    void withoutTheSharedDataBesideTheProjectTheDemoReadsTheShippedExports(@TempDir Path tmp) throws IOException {
        Path home = tmp.resolve("clone");
        Files.createDirectories(home.resolve("examples/ga06-2017/sos"));

        assertThat(DemoCommand.defaultData(home).toAbsolutePath().normalize())
                .isEqualTo(home.resolve("examples/ga06-2017").toAbsolutePath().normalize());

        Files.createDirectories(tmp.resolve("shared/data/ga06-2017/sos"));
        Files.writeString(tmp.resolve("shared/data/ga06-2017").resolve(DemoCommand.ROUND_ONE), "{}");
        assertThat(DemoCommand.defaultData(home).toAbsolutePath().normalize())
                .isEqualTo(tmp.resolve("shared/data/ga06-2017").toAbsolutePath().normalize());
    }

    @Test
    void theDemoOnTheShippedExportsGivesTheCertifiedRunoff() {
        String shipped = Path.of(System.getProperty("user.dir")).resolve("../examples/ga06-2017").toString();
        CommandRun run = CommandRun.of("demo", "--data", shipped);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("1\\s+KAREN HANDEL\\s+REP\\s+134,799\\s+51\\.78%\\s+elected");
    }
}
