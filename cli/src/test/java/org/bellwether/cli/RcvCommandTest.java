package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RcvCommandTest {

    private static final String RCTAB = "../formats/src/test/resources/org/bellwether/formats/cvr/rctab/";
    private static final String PARK = RCTAB + "2013_minneapolis_park/2013_minneapolis_park_config.json";
    private static final String MAYOR = RCTAB + "2013_minneapolis_mayor/2013_minneapolis_mayor_config.json";

    @Test
    void countsTheMinneapolisParkBoardByStv() {
        CommandRun run = CommandRun.of("rcv", PARK);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("round 1  (threshold 14866)")
                .contains("  eliminated: Undeclared Write-ins (stands for undeclared write-ins)")
                .contains("    transfers: exhausted 177.5192, residual surplus 0.4808")
                .endsWith("elected: JOHN ERWIN, ANNIE YOUNG, MEG FORNEY\nstatus: decided\n");
        assertThat(run.err()).contains("80101 ballots");
    }

    @Test
    void writesRctabSummaryJsonByteIdenticallyOnARerun(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(CommandRun.of("rcv", MAYOR, "--format", "rctab-json", "--out", first.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("rcv", MAYOR, "--format", "rctab-json", "--out", second.toString()).exitCode())
                .isZero();

        String json = Files.readString(first);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(json).contains("\"BETSY HODGES\" : \"38852\"").contains("\"MARK ANDREW\" : \"24942\"")
                .contains("\"totalNumBallots\" : \"80101\"");
    }

    @Test
    void withAHartKeyEverySheetMustBeSignedWithIt(@TempDir Path dir) throws Exception {
        Path data = Path.of(RCTAB, "signature_validation");
        Path sheets = Files.createDirectories(dir.resolve("cvrs"));
        Files.copy(data.resolve("test.xml"), sheets.resolve("test.xml"));
        Files.copy(data.resolve("test.xml.sig.xml"), sheets.resolve("test.xml.sig.xml"));
        Path config = Files.copy(Path.of(RCTAB, "../hart_signed_config.json"), dir.resolve("hart_config.json"));
        String key = data.resolve("public_key.txt").toString();
        CommandRun signed = CommandRun.of("rcv", config.toString(), "--hart-key", key);
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("elected: Mickey Mouse");

        Files.writeString(sheets.resolve("test.xml"), Files.readString(sheets.resolve("test.xml"))
                .replace("<Value>100000</Value>", "<Value>010000</Value>"));
        CommandRun tampered = CommandRun.of("rcv", config.toString(), "--hart-key", key);
        assertThat(tampered.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tampered.err()).contains("test.xml: is not the file that was signed: its SHA-256 digest is ");
        // no key: signatures are not read, and the altered sheet (two marks at rank 2) is counted as it stands
        assertThat(CommandRun.of("rcv", config.toString()).exitCode()).isNotEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void countsUnderAnotherRuleWhenAsked() {
        CommandRun run = CommandRun.of("rcv", MAYOR, "--rule", "stv", "--seats", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("single transferable vote for 2 seats").contains("elected: BETSY HODGES, ");
    }

    @Test
    void writesOneSummaryPerPassOfASequentialCount(@TempDir Path dir) throws Exception {
        String config = RCTAB + "2013_minneapolis_park_sequential/2013_minneapolis_park_sequential_config.json";
        CommandRun run = CommandRun.of("rcv", config, "--format", "rctab-json", "--out",
                dir.resolve("summary.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("summary_1.json"))).contains("\"elected\" : \"JOHN ERWIN\"");
        assertThat(Files.readString(dir.resolve("summary_2.json"))).contains("\"elected\" : \"ANNIE YOUNG\"");
        assertThat(Files.readString(dir.resolve("summary_3.json"))).contains("\"elected\" : \"MEG FORNEY\"");
    }

    @Test
    void refusesSeatsWithoutStv() {
        CommandRun run = CommandRun.of("rcv", MAYOR, "--seats", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--seats needs --rule stv");
    }

    @Test
    void aBadConfigurationIsBadInputNamingTheKey(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad_config.json");
        Files.writeString(config, "{\"candidates\":[{\"name\":\"A\"}],\"cvrFileSources\":[{\"filePath\":\"x.xlsx\","
                + "\"provider\":\"ess\"}],\"rules\":{\"winnerElectionMode\":\"singleWinnerMajority\","
                + "\"overvoteRule\":\"sometimes\",\"tiebreakMode\":\"random\",\"randomSeed\":\"1\"}}");

        CommandRun run = CommandRun.of("rcv", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad_config.json: $.rules.overvoteRule: \"sometimes\" is not an RCTab overvote"
                + " rule");
    }

    private static final String PORTLAND = RCTAB + "2015_portland_mayor/2015_portland_mayor_config.json";

    @Test
    void aTieLeftToAHumanStopsTheCountAndSaysWhatToPass() {
        CommandRun run = CommandRun.of("rcv", PORTLAND, "--tie-break", "ask");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.TIE_PENDING);
        assertThat(run.out()).contains("status: tie pending: round 2, ");
        assertThat(run.err()).contains("bellwether: the count stopped at a tie in round 2: ")
                .contains(" for elimination, to be resolved by lot, as the law provides. Run again with --tie-answer"
                        + " 2:NAME, NAME the candidate eliminated (one of: ");
    }

    @Test
    void eachAnswerResumesTheCountToTheEndOrTheNextTie(@TempDir Path dir) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("rcv", PORTLAND, "--tie-break", "ask"));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        int stops = 0;
        while (run.exitCode() == ExitCodes.TIE_PENDING) {
            String err = run.err();
            String key = err.substring(err.indexOf("--tie-answer ") + 13, err.indexOf(":NAME"));
            String first = err.substring(err.indexOf("(one of: \"") + 10).split("\"")[0];
            args.addAll(List.of("--tie-answer", key + ":" + first));
            run = CommandRun.of(args.toArray(String[]::new));
            stops++;
            assertThat(run.out()).as(run.err()).contains(first + " (lost a tie for fewest votes; " + first + " eliminated among ")
                    .contains("by the answer given for round " + key);
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stops).isPositive();
        assertThat(run.out()).contains("status: decided");
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        List<String> json = new java.util.ArrayList<>(args);
        json.addAll(List.of("--format", "rctab-json", "--out"));
        json.add(a.toString());
        assertThat(CommandRun.of(json.toArray(String[]::new)).exitCode()).isZero();
        json.set(json.size() - 1, b.toString());
        assertThat(CommandRun.of(json.toArray(String[]::new)).exitCode()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void tieAnswersReadFromAFileResumeAsTheOptionsDo(@TempDir Path dir) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("rcv", PORTLAND, "--tie-break", "ask"));
        List<String> answers = new java.util.ArrayList<>();
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        while (run.exitCode() == ExitCodes.TIE_PENDING) {
            String err = run.err();
            String answer = err.substring(err.indexOf("--tie-answer ") + 13, err.indexOf(":NAME")) + ":"
                    + err.substring(err.indexOf("(one of: \"") + 10).split("\"")[0];
            args.addAll(List.of("--tie-answer", answer));
            answers.add(answer);
            run = CommandRun.of(args.toArray(String[]::new));
        }
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, "# Portland 2015, drawn by lot\n\n" + String.join("\n", answers) + "\n");

        CommandRun fromFile = CommandRun.of("rcv", PORTLAND, "--tie-break", "ask", "--tie-answers", file.toString());

        assertThat(answers).isNotEmpty();
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).isEqualTo(run.out());
    }

    @Test
    void aWrongLineOfATieAnswersFileIsBadInputNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, "# answers\n2:Nobody\n");
        Path form = dir.resolve("form.txt");
        Files.writeString(form, "\n\nround two\n");

        CommandRun run = CommandRun.of("rcv", PORTLAND, "--tie-break", "ask", "--tie-answers", file.toString());
        CommandRun bad = CommandRun.of("rcv", PORTLAND, "--tie-answers", form.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file + ": line 2: \"2:Nobody\": \"Nobody\" is not a candidate of the contest");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains(form + ": line 3: must be ROUND:NAME or PASS:ROUND:NAME");
    }

    @Test
    void aTieAnswerNamingNoCandidateIsAUsageError() {
        CommandRun run = CommandRun.of("rcv", PORTLAND, "--tie-break", "ask", "--tie-answer", "2:Nobody");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--tie-answer \"2:Nobody\": \"Nobody\" is not a candidate of the contest");
        assertThat(CommandRun.of("rcv", PORTLAND, "--tie-answer", "round two").err())
                .contains("--tie-answer must be ROUND:NAME or PASS:ROUND:NAME");
    }

    @Test
    void writesEachPrecinctsSummaryBesideTheCounts(@TempDir Path dir) throws Exception {
        String config = RCTAB + "precinct_example/precinct_example_config.json";
        CommandRun run = CommandRun.of("rcv", config, "--format", "rctab-json", "--out",
                dir.resolve("summary.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path precinct = dir.resolve("summary_precinct_MINNEAPOLIS_W-1_P-02.json");
        assertThat(Files.readString(precinct)).contains("\"precinct\" : \"MINNEAPOLIS W-1 P-02\"")
                .contains("\"totalNumBallots\" : \"1\"");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("summary_precinct_")).count())
                    .isGreaterThan(1);
        }
    }
}
