package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.swing.Swing;
import org.bellwether.analysis.swing.Swings;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "swing", mixinStandardHelpOptions = true,
        description = {"Each special's margin against each baseline: district-wide, per county, and per precinct"
                + " where the special reports precincts, with turnout relative to the baseline."})
final class AnalyzeSwingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        List<Swing> swings = new ArrayList<>();
        for (LoadedSpecial s : run.specials) {
            for (LoadedSpecial.LoadedBaseline b : s.baselines()) {
                swings.add(Swings.compute(s.name(), s.votes(), b.baseline(), s.declared(),
                        specials.fuzzyThreshold()));
            }
        }
        List<Table> tables = new ArrayList<>(List.of(SpecialsTables.blocs(run.specials)));
        tables.addAll(SwingTables.all(swings));
        output.write(run.report("Bellwether analysis: swing", tables, Methods.SWING), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
