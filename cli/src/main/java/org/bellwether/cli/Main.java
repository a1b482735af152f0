package org.bellwether.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bellwether.formats.InputException;
import org.bellwether.formats.report.PlainText;
import org.bellwether.formats.sidefile.RulebookFile;
import org.bellwether.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bellwether} command: wires readers, rules and reports together and maps failures to exit codes. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = SoftwareVersion.class,
        description = "Election results engine: read official results, tabulate every contest under its rule,"
                + " compare sources.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:usage error (unknown option, contest, rule, election or version)",
            "2:bad input (missing, empty, malformed or inconsistent file; damaged, foreign or unreachable store),"
                + " or output that cannot be written (full disk, missing or read-only folder)",
            "3:reconcile found differences between the sources, or diff between the versions",
            "4:a ranked count stopped at a tie that needs a human's answer (rcv: run again with --tie-answer)"})
public final class Main implements Runnable {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, TabulateCommand.class,
            InspectCommand.class, ReconcileCommand.class, ConvertCommand.class, ImportCommand.class,
            VersionsCommand.class, DiffCommand.class, DeclareCommand.class, AnalyzeCommand.class, ReportCommand.class, RcvCommand.class,
            WatchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);
    private static final Set<String> VERSION_OPTIONS = Set.of("-V", "--version");
    /** The commands that look up each contest's law in the bundled rulebook. */
    private static final Set<String> COUNTING = Set.of("tabulate", "demo", "serve");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    private Main(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        if (isVersionAlone(args)) {
            System.exit(printVersion(stdout, System.out.charset()));
        }
        if (args.length > 0 && COUNTING.contains(args[0])) {
            RulebookFile.readAhead();
        }
        System.exit(run(commandLine(Clock.systemUTC(), args), args, stdout, System.out.charset()));
    }

    /** Whether the arguments are one version option and nothing else. */
    static boolean isVersionAlone(String[] args) {
        return args.length == 1 && VERSION_OPTIONS.contains(args[0]);
    }

    /**
     * Prints what picocli prints for {@code --version} (the version provider's lines, one a line), without
     * building a command line: picocli's classes are Java 5 bytecode, which the start-up cache cannot hold, and
     * loading and linking them was most of a version request.
     */
    static int printVersion(OutputStream stdout, Charset charset) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new CheckedStream(stdout, "standard output"), charset)));
        for (String line : new SoftwareVersion().getVersion()) {
            out.println(line);
        }
        try {
            out.flush();
        } catch (OutputFailure e) {
            System.err.println("bellwether: " + PlainText.escape(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /**
     * Runs the command with its standard output on {@code stdout}, checked: a write that fails (a full disk, a
     * closed pipe) stops the command with one line on standard error and {@link ExitCodes#BAD_INPUT}, never exit 0
     * with the output cut short.
     */
    static int run(CommandLine cli, String[] args, OutputStream stdout, Charset charset) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new CheckedStream(stdout, "standard output"), charset), 1 << 16));
        cli.setOut(out);
        int code = cli.execute(args);
        try {
            out.flush();
        } catch (OutputFailure e) {
            cli.getErr().println("bellwether: " + PlainText.escape(e.getMessage()));
            cli.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        return code;
    }

    /** The command line for a run with these arguments: only the subcommand it names is built ({@link #needed}). */
    static CommandLine commandLine(Clock clock, String[] args) {
        return configured(new CommandLine(new Main(clock)), needed(args));
    }

    /** The configured command line with every subcommand, as the tests use it. */
    public static CommandLine commandLine() {
        return commandLine(Clock.systemUTC());
    }

    /** The command line with the clock that stamps imported versions: tests pass a fixed one. */
    public static CommandLine commandLine(Clock clock) {
        return configured(new CommandLine(new Main(clock)), COMMANDS);
    }

    /**
     * The subcommands a run with these arguments can reach. Picocli reads every option of every subcommand by
     * reflection when it is added, which was most of a short run's start-up; so a run names its subcommand first
     * (the root's own options take no value) and only that one is added. A version request alone needs none;
     * help, no subcommand, an unknown one or an argument file ({@code @file}) get them all.
     */
    static List<Class<?>> needed(String[] args) {
        int first = 0;
        while (first < args.length && VERSION_OPTIONS.contains(args[first])) {
            first++;
        }
        if (first == args.length) {
            return args.length == 0 ? COMMANDS : List.of();
        }
        String name = args[first];
        return COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(name)).findFirst()
                .<List<Class<?>>>map(List::of).orElse(COMMANDS);
    }

    private static CommandLine configured(CommandLine cli, List<Class<?>> commands) {
        commands.forEach(cli::addSubcommand);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("bellwether: " + PlainText.escape(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr())) {
                command.getErr().println("Try 'bellwether " + commandPath(command) + "--help' for usage.");
            }
            return ExitCodes.USAGE;
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof InputException bad) {
                command.getErr().println("bellwether: " + PlainText.escape(bad.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof OutputFailure bad) {
                command.getErr().println("bellwether: " + PlainText.escape(bad.getMessage()));
                return bad.exitCode();
            }
            if (e instanceof StoreException bad) {
                command.getErr().println("bellwether: " + PlainText.escape(bad.getMessage()));
                return switch (bad.kind()) {
                    case UNUSABLE_STORE -> ExitCodes.BAD_INPUT;
                    case BAD_REFERENCE, CONFLICT -> ExitCodes.USAGE;
                };
            }
            throw e;
        });
        return cli;
    }

    private static String commandPath(CommandLine command) {
        String path = command.getCommandSpec().qualifiedName(" ");
        return path.equals("bellwether") ? "" : path.substring("bellwether ".length()) + " ";
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. bellwether demo");
    }
}
