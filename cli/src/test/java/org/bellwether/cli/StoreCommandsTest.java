package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

    static final String NL = System.lineSeparator();
    static final Clock NINE_FORTY = Clock.fixed(Instant.parse("2017-06-21T01:40:00Z"), ZoneOffset.UTC);
    static final Clock ELEVEN = Clock.fixed(Instant.parse("2017-06-21T03:00:00Z"), ZoneOffset.UTC);
    static final Path OE = SharedData.file("ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv")
            .getParent();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("results.db").toString();
    }

    @Test
    void importsAFolderAsOneElectionNamedOnTheCommandLineAndSaysSoOnceOnly() {
        CommandRun first = CommandRun.at(NINE_FORTY, "import", OE.toString(), "--name", "GA-06 runoff", "--date",
                "2017-06-20", "--db", db());
        CommandRun again = CommandRun.at(ELEVEN, "import", OE.toString(), "--name", "GA-06 runoff", "--date",
                "2017-06-20", "--db", db());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Stored version 1 of 2017-06-20-ga-06-runoff in " + db()
                + ": 416 tallies, 1047 rows stored (its first version)." + NL);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("Unchanged: the same bytes as version 1 of 2017-06-20-ga-06-runoff in "
                + db() + "; no new version stored." + NL);
    }

    @Test
    void listsVersionsWithTheirTimeSoftwareAndSources() {
        CommandRun.at(NINE_FORTY, "import", OE.toString(), "--name", "GA-06 runoff", "--db", db());

        CommandRun run = CommandRun.of("versions", "--db", db());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Version 1  2017-06-20-ga-06-runoff  imported 2017-06-21T01:40:00Z by bellwether "
                + SoftwareVersion.get() + NL + "  GA-06 runoff: 416 tallies, 1047 rows stored" + NL)
                .containsPattern("  [0-9a-f]{64}  \\S+cobb__precinct.csv  \\(openelections-csv\\)");
    }

    @Test
    void diffShowsTheCorrectedTallyBeforeAndAfterAndExitsThree() throws IOException {
        CommandRun.at(NINE_FORTY, "import", OE.toString(), "--name", "R", "--db", db());
        CommandRun.at(ELEVEN, "import", corrected().toString(), "--name", "R", "--db", db());

        CommandRun run = CommandRun.of("diff", "1", "2", "--db", db());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEqualTo(
                "Unit             Contest                 Choice        Vote type  Before  After" + NL
                + "Cobb/Addison 01  U.S. House, District 6  Karen Handel  all           737    747" + NL
                + NL
                + "Totals over all units, by contest and choice:" + NL
                + "Contest                 Choice         Before    After  Change" + NL
                + "U.S. House, District 6  Karen Handel  134,799  134,809     +10" + NL
                + "U.S. House, District 6  Jon Ossoff    125,517  125,517      +0" + NL
                + "1 tally differs between versions 1 and 2." + NL);
    }

    @Test
    void tabulatesAsTheResultsStoodAtAVersionOrATime() throws IOException {
        CommandRun.at(NINE_FORTY, "import", OE.toString(), "--name", "R", "--db", db());
        CommandRun.at(ELEVEN, "import", corrected().toString(), "--name", "R", "--db", db());

        String atTwo = CommandRun.of("tabulate", "--as-of", "2", "--db", db()).out();
        String atTen = CommandRun.of("tabulate", "--as-of", "2017-06-20T22:00:00-04:00", "--db", db()).out();

        assertThat(atTwo).containsPattern("Karen Handel\\s+R\\s+134,809");
        assertThat(atTen).containsPattern("Karen Handel\\s+R\\s+134,799");
        String fromFiles = CommandRun.of("tabulate", OE.toString()).out();
        // the contest as counted is the same; the notes differ by the one saying --name R replaced the files' name
        assertThat(atTen.substring(atTen.indexOf("  U.S. House"), atTen.indexOf("  Notes:")))
                .isEqualTo(fromFiles.substring(fromFiles.indexOf("  U.S. House"), fromFiles.indexOf("  Notes:")));
        assertThat(atTen).contains("--name R replaces the files' name GA special general runoff");
    }

    @Test
    void theDemoStoresOnceAndPrintsTheSameReportFromTheStoreEveryTime() {
        CommandRun first = CommandRun.at(NINE_FORTY, "demo", "--db", db());
        CommandRun second = CommandRun.at(ELEVEN, "demo", "--db", db());

        assertThat(first.err()).contains("Stored version 1 of 2017-04-18-april-18-2017-special-election",
                "Stored version 2 of 2017-06-20-june-20-2017-special-runoff");
        assertThat(second.err()).contains("Unchanged: the same bytes as version 2");
        assertThat(second.out()).isEqualTo(first.out()).contains("KAREN HANDEL").doesNotContain("2017-06-21T");
        assertThat(CommandRun.of("versions", "--db", db()).out().lines().filter(l -> l.startsWith("Version")))
                .hasSize(2);
    }

    @Test
    void aStoreThatIsNotOneIsBadInputWithAClearMessage() throws IOException {
        Files.writeString(Path.of(db()), "county,precinct,votes" + NL);

        CommandRun run = CommandRun.of("versions", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bellwether: " + db()
                + ": not a Bellwether results store: the file is not an SQLite database" + NL);
    }

    @Test
    void anUnknownVersionIsAUsageError() {
        CommandRun.at(NINE_FORTY, "import", OE.toString(), "--db", db());

        CommandRun run = CommandRun.of("tabulate", "--as-of", "7", "--db", db());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bellwether: " + db() + ": no version 7 (the newest is 1)" + NL);
    }

    @Test
    void readingCommandsDoNotCreateAStore() {
        CommandRun run = CommandRun.of("versions", "--db", db());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bellwether: " + db() + ": no results store here; `bellwether import`"
                + " creates one" + NL);
        assertThat(Path.of(db())).doesNotExist();
    }

    /** The runoff files with ten more votes for Handel in Cobb's Addison 01 (and in Cobb's total). */
    private Path corrected() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("corrected"));
        try (var files = Files.list(OE)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8)
                        .replace("Cobb,Addison 01,U.S. House,6,Karen Handel,R,737", "Cobb,Addison 01,U.S. House,6,Karen Handel,R,747")
                        .replace("Cobb,TOTAL,U.S. House,6,Karen Handel,R,45688", "Cobb,TOTAL,U.S. House,6,Karen Handel,R,45698");
                Files.writeString(copy.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return copy;
    }
}
