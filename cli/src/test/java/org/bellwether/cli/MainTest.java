package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "tabulate", "inspect", "reconcile", "Exit codes:",
                "2   bad input", "3   reconcile found differences");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "tabulate", "inspect", "reconcile"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: bellwether " + command);
        }
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
}
