package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.analysis.flows.CountyMargins;
import org.bellwether.analysis.flows.EcologicalRegression;
import org.bellwether.analysis.flows.FlowBounds;
import org.bellwether.analysis.flows.FlowUnit;
import org.bellwether.analysis.flows.FlowUnits;
import org.bellwether.core.Election;
import org.bellwether.formats.specials.FlowsSpec;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "flows", mixinStandardHelpOptions = true,
        description = {"Vote flows from an earlier round to a runoff (specials whose file has flows.from): what"
                + " the counts alone allow, and a bounded ecological regression with bootstrap intervals."})
final class AnalyzeFlowsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Option(names = "--bootstrap", defaultValue = "2000", description = "bootstrap resamples (default:"
            + " ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "20170620", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        SpecialLoader loader = run.loader();
        List<Table> tables = new ArrayList<>();
        for (LoadedSpecial s : run.specials) {
            if (s.spec().flows().isPresent()) {
                tables.addAll(flows(s, s.spec().flows().get(), loader));
            }
        }
        output.write(run.report("Bellwether analysis: vote flows", merge(tables), Methods.FLOWS),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The units a runoff shares with its earlier round, as its file's flows keys name them. */
    static List<FlowUnit> units(LoadedSpecial runoff, FlowsSpec flows, SpecialLoader loader) {
        LoadedSpecial first = loader.load(flows.from());
        Election second = loader.results(flows.files(), runoff.spec().file().toString());
        int contest = SpecialLoader.contest(second, flows.contest(), runoff.spec().file().toString());
        return FlowUnits.of(first.election(), first.contest(), first.blocs(), second, contest, runoff.blocs());
    }

    private List<Table> flows(LoadedSpecial runoff, FlowsSpec flows, SpecialLoader loader) {
        List<FlowUnit> units = units(runoff, flows, loader);
        String name = loader.load(flows.from()).name() + " -> " + runoff.name();
        return List.of(FlowTables.units(name, units), FlowTables.identified(name, units), FlowTables.bounds(name, FlowBounds.of(
                CountyMargins.of(units, CountyMargins.registered(runoff.election())))),
                FlowTables.regression(name, EcologicalRegression.fit(units, bootstrap, seed)));
    }

    /** Tables of the same id from several specials become one table. */
    private static List<Table> merge(List<Table> tables) {
        List<Table> merged = new ArrayList<>();
        for (Table t : tables) {
            int at = indexOf(merged, t.id());
            if (at < 0) {
                merged.add(t);
            } else {
                Table m = merged.get(at);
                List<List<Cell>> rows = new ArrayList<>(m.rows());
                rows.addAll(t.rows());
                merged.set(at, new Table(m.id(), m.title(), m.columns(), rows, m.notes()));
            }
        }
        return merged;
    }

    private static int indexOf(List<Table> tables, String id) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
