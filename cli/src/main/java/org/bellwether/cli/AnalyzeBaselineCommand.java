package org.bellwether.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Earlier contests (2016 and 2012 President, 2016 House) inside each special's district,"
                + " from precinct returns, checked against published district figures."})
final class AnalyzeBaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        List<Table> tables = List.of(BaselineTables.districts(run.specials, run.published()),
                BaselineTables.rules(run.specials), BaselineTables.splits(run.specials));
        output.write(run.report("Bellwether analysis: baselines", tables, Methods.BASELINE),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
