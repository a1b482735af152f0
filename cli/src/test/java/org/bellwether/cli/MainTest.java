package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "tabulate", "inspect", "reconcile", "Exit codes:",
                "2   bad input", "3   reconcile found differences");
    }

    @Test
    void everyCommandHasHelpWithoutPicocliWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (Class<?> type : Main.COMMANDS) {
                String command = type.getAnnotation(CommandLine.Command.class).name();
                CommandRun run = CommandRun.of(command, "--help");
                assertThat(run.exitCode()).as(command).isZero();
                assertThat(run.out()).as(command).contains("Usage: bellwether " + command);
            }
        } finally {
            System.setErr(stderr);
        }
        // picocli warns on standard error when a description's format fails (a lone '%'), and prints it raw
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(CommandRun.of("tabulate", "--colour").exitCode()).isEqualTo(1);
        assertThat(CommandRun.of().exitCode()).isEqualTo(1);
    }

    @Test
    void versionNamesTheRelease() {
        assertThat(CommandRun.of("--version").out()).startsWith("bellwether " + SoftwareVersion.get());
    }

    @Test
    void aVersionAloneIsPrintedWithoutPicocliAsPicocliPrintsIt() {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();

        assertThat(Main.printVersion(direct, StandardCharsets.UTF_8)).isZero();
        assertThat(direct.toString(StandardCharsets.UTF_8)).isEqualTo(CommandRun.of("--version").out())
                .isEqualTo(CommandRun.of("-V").out());
        assertThat(Main.isVersionAlone(new String[] {"-V"})).isTrue();
        assertThat(Main.isVersionAlone(new String[] {"--version", "tabulate"})).isFalse();
        assertThat(Main.isVersionAlone(new String[] {})).isFalse();
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(Main.needed(new String[] {"--version"})).isEmpty();
        assertThat(Main.needed(new String[] {"tabulate", "a.csv", "--format", "json"}))
                .containsExactly(TabulateCommand.class);
        assertThat(Main.needed(new String[] {"analyze", "swing"})).containsExactly(AnalyzeCommand.class);
        assertThat(Main.needed(new String[] {})).isEqualTo(Main.COMMANDS);
        assertThat(Main.needed(new String[] {"--help"})).isEqualTo(Main.COMMANDS);
        assertThat(Main.needed(new String[] {"help", "tabulate"})).isEqualTo(Main.COMMANDS);
        assertThat(Main.needed(new String[] {"tabulat"})).isEqualTo(Main.COMMANDS);
        assertThat(Main.needed(new String[] {"@args.txt"})).isEqualTo(Main.COMMANDS);
    }

    @Test
    void aCommandsHelpIsTheSameWhenItIsTheOnlyOneBuilt() {
        for (String command : new String[] {"tabulate", "analyze", "import", "diff"}) {
            String[] args = {command, "--help"};
            StringWriter full = new StringWriter();
            CommandLine all = Main.commandLine(Clock.systemUTC());
            all.setOut(new PrintWriter(full));
            all.execute(args);
            assertThat(CommandRun.of(args).out()).as(command).isEqualTo(full.toString()).isNotEmpty();
        }
    }

    @Test
    void aMisspelledCommandIsStillSuggested() {
        CommandRun run = CommandRun.of("tabulat", "x.csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Did you mean", "tabulate");
    }
}
