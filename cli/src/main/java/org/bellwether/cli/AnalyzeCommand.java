package org.bellwether.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses of special elections against their baselines, from raw data and declarative"
                + " special-election files (examples/specials/*.properties).",
            "Example: bellwether analyze specials --format csv"},
        subcommands = {AnalyzeBaselineCommand.class, AnalyzeSwingCommand.class, AnalyzeSpecialsCommand.class,
            AnalyzeFlowsCommand.class, AnalyzeMoneyCommand.class, AnalyzeHouseCommand.class, AnalyzeCycleCommand.class})
final class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "an analysis is required: baseline, swing, specials, flows, money, house or cycle");
    }
}
