package org.bellwether.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.cycle.CycleDistribution;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Every special election of the cycle from FiveThirtyEight's table: the distribution of"
                + " over-performances (overall, by level, by month), where GA-06, KS-04, MT-AL, SC-05 and CA-34 stand"
                + " in it, Bellwether's own figures beside FiveThirtyEight's with the difference explained, and the"
                + " national environment they imply.",
            "Example: bellwether analyze cycle --as-of 2018-03-27"})
final class AnalyzeCycleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    CycleOptions cycleOptions;

    @Mixin
    AnalysisOutput output;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        CycleRun cycle = new CycleRun(run, cycleOptions, spec.commandLine());
        LeanTable leans = run.leans();
        CycleDistribution held = cycle.asOfCutoff();
        List<Table> tables = List.of(CycleTables.summary(held, cycle.cutoff.toString()), CycleTables.months(held),
                CycleTables.placements(cycle, held), CycleTables.published(cycle.comparisons(leans)),
                CycleTables.environment(cycle.estimate()));
        output.write(run.report("Bellwether analysis: the cycle's special elections", tables, Methods.CYCLE),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
