package org.bellwether.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.LeanTable;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "specials", mixinStandardHelpOptions = true,
        description = {"One table of every special: its margin, its baselines' margins, its district's partisan"
                + " lean and its over-performance, with simple and turnout-weighted averages."})
final class AnalyzeSpecialsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        LeanTable leans = run.leans();
        List<Table> tables = List.of(SpecialsTables.overPerformance(run.overPerformance(leans), run.specials),
                SpecialsTables.blocs(run.specials));
        output.write(run.report("Bellwether analysis: special elections", tables, Methods.SPECIALS),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
