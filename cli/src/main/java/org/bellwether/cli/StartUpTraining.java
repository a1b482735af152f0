package org.bellwether.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run from which the launcher records the start-up cache ({@code scripts/jvm-options.sh}): the
 * commands a user runs first, one after another in one JVM, so that the cache holds the classes, linked call sites
 * and method profiles of each of them and not only of the first. Before, the training run was one tabulation of an
 * OpenElections CSV, and every other reader, the store and the reports loaded their classes from the jar and spun
 * their lambdas at run time: a tabulation of the 120 KB Georgia export took four times a version request.
 *
 * <p>Arguments: a large OpenElections CSV (the launcher writes one, long enough for the read loop's profiles), the
 * project's home (its {@code examples} hold the demo's files) and an empty folder for the demo's store and the
 * converted files. A command that fails is reported on standard error and the others still run: a cache of fewer
 * commands is still a cache, and the exit status is 0 so that the launcher keeps it
 * ({@code StartUpTrainingTest} makes sure that none fails).
 */
public final class StartUpTraining {

    private StartUpTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: StartUpTraining LARGE.csv PROJECT_HOME EMPTY_DIR");
            System.exit(ExitCodes.USAGE);
        }
        for (String failed : run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]))) {
            System.err.println("training: " + failed);
        }
        System.exit(ExitCodes.OK);
    }

    /** Runs every command, its output thrown away; returns each failed one with its exit code. */
    static List<String> run(Path large, Path home, Path work) throws IOException {
        List<String> failed = new ArrayList<>();
        for (List<String> command : commands(large, home, work)) {
            String[] line = command.toArray(String[]::new);
            int code = Main.run(Main.commandLine(Clock.systemUTC(), line), line, OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8);
            if (code != ExitCodes.OK) {
                failed.add("exit " + code + " from " + String.join(" ", command));
            }
        }
        return failed;
    }

    /**
     * The commands, in order: the large read first, then the demo, then each format read and written, then
     * ranked-choice counts of made-up cast-vote records ({@link TrainingCvrs}).
     */
    static List<List<String>> commands(Path large, Path home, Path work) throws IOException {
        Files.createDirectories(work);
        String april = home.resolve("examples/ga06-2017/sos/export-2017AprSpec.json").toString();
        String runoff = home.resolve("examples/ga06-2017/sos/export-2017JunSpecRun.json").toString();
        String xml = work.resolve("april.xml").toString();
        String json = work.resolve("april-nist.json").toString();
        String csv = work.resolve("april.csv").toString();
        String db = work.resolve("demo.db").toString();
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("tabulate", large.toString(), "--format", "json"));
        commands.add(List.of("demo", "--data", home.resolve("examples/ga06-2017").toString(), "--db", db));
        for (String format : List.of("text", "json", "csv")) {
            commands.add(List.of("tabulate", april, "--format", format));
        }
        commands.add(List.of("convert", april, "--to", "nist-xml", "--out", xml));
        commands.add(List.of("convert", april, "--to", "nist-json", "--out", json));
        commands.add(List.of("convert", april, "--to", "csv", "--out", csv));
        commands.add(List.of("tabulate", xml));
        commands.add(List.of("tabulate", json, "--format", "json"));
        commands.add(List.of("tabulate", csv));
        commands.add(List.of("tabulate", TrainingCvrs.cdfJson(work.resolve("cvr")).toString()));
        commands.add(List.of("tabulate", TrainingCvrs.rankCsv(work.resolve("cvr")).toString(), "--rule", "irv",
                "--tiebreak-mode", "useCandidateOrder"));
        commands.add(List.of("inspect", runoff));
        commands.add(List.of("versions", "--db", db));
        commands.add(List.of("--help"));
        commands.add(List.of("tabulate", "--help"));
        return commands;
    }
}
