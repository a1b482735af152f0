package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Clarity reader as the command finds it: by content, beside the other formats, and into the store. */
class ClarityCommandTest {

    static final String NIGHT = SharedData.file("ga06-2017/clarity/special_Cobb.xml").getParent().toString();
    static final String CERTIFIED = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json").toString();

    @TempDir
    Path dir;

    @Test
    void tabulatesTheElectionNightFilesOfTheRunoff() {
        CommandRun run = CommandRun.of("tabulate", NIGHT, "--by", "county");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("KAREN HANDEL\\s+REP\\s+134,595")
                .containsPattern("JON OSSOFF\\s+DEM\\s+124,893").contains("(clarity-detail-xml)");
    }

    @Test
    void theElectionNightVersionAndTheCertifiedExportAreOneElectionInTheStore() {
        String db = dir.resolve("results.db").toString();
        assertThat(CommandRun.of("import", NIGHT, "--db", db).exitCode()).isZero();
        CommandRun certified = CommandRun.of("import", CERTIFIED, "--db", db);

        CommandRun diff = CommandRun.of("diff", "1", "2", "--db", db);

        // same election, contest, choice names and county ids: the SOS figures land beside Clarity's precincts
        assertThat(certified.out()).contains("Stored version 2 of 2017-06-20-june-20-2017-special-runoff");
        assertThat(diff.exitCode()).isEqualTo(ExitCodes.DIFFERENCES);
        assertThat(diff.out()).containsPattern("Cobb County\\s+U.S. Representative, District 6\\s+KAREN HANDEL\\s+"
                + "Election Day\\s+-\\s+31,893")
                .containsPattern("Cobb County/Addison 01\\s+U.S. Representative, District 6\\s+KAREN HANDEL\\s+"
                        + "Election Day\\s+539\\s+-")
                .containsPattern("U.S. Representative, District 6\\s+KAREN HANDEL\\s+134,595\\s+134,799\\s+\\+204")
                .containsPattern("U.S. Representative, District 6\\s+JON OSSOFF\\s+124,893\\s+125,517\\s+\\+624");
    }

    @Test
    void aHostileFileIsBadInputNamingTheLine() throws IOException {
        Path xxe = Files.writeString(dir.resolve("detail.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]>\n<ElectionResult><Region>&x;</Region></ElectionResult>\n");

        CommandRun run = CommandRun.of("tabulate", xxe.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(xxe + ": line 2: a DOCTYPE declaration is not allowed").doesNotContain("root:");
    }
}
