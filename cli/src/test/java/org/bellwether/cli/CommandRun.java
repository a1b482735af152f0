package org.bellwether.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** One run of the command as a user would type it, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        return at(Clock.systemUTC(), args);
    }

    /** A run whose imports are stamped with {@code clock}'s time. */
    static CommandRun at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(clock, args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
