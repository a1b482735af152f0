package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.core.Election;
import org.bellwether.core.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write the election read from results files as NIST SP 1500-100 v2 Election Results Reporting"
                + " XML or JSON, or as an OpenElections CSV. Output names the software and carries no clock time.")
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "results files or folders of them")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "nist-xml|nist-json|csv",
            converter = ConvertTarget.Converter.class, completionCandidates = ConvertTarget.Names.class,
            description = "the format to write")
    ConvertTarget to;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Mixin
    ReadingOptions reading;

    @Override
    public Integer call() {
        Election election = Inputs.read(files, reading.toReadOptions(), spec.commandLine().getErr());
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            to.write(election, new Utf8Chars(stdout));
            stdout.flush();
        } else {
            WholeFile.bytes(out, election.sources().stream().map(Source::path).toList(),
                    o -> to.write(election, o));
        }
        return ExitCodes.OK;
    }
}
