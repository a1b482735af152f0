package org.bellwether.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.house.HouseOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"One self-contained HTML report, readable on a phone: each special's result, its swing"
                + " (bars and a precinct map), the vote flows, where the specials stand among the cycle's, and the"
                + " House they imply, as of a day (--as-of); charts as inline SVG, provenance folded at the end."
                + " Byte-identical on a rerun.",
            "Example: bellwether report --out report.html"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    CycleOptions cycleOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "write the HTML to FILE instead of standard output")
    Path out;

    @Option(names = "--shapes", paramLabel = "FILE", description = "precinct polygons, GeoJSON (default:"
            + " ga06-2017/shapes/GA06_Precincts.geojson under the data root)")
    Path shapes;

    @Option(names = "--map-special", paramLabel = "NAME", defaultValue = "GA-06 runoff",
            description = "the special the map shows (default: ${DEFAULT-VALUE})")
    String mapSpecial;

    @Option(names = "--map-baseline", paramLabel = "LABEL", defaultValue = "President 2016",
            description = "the baseline the map's swing is from (default: ${DEFAULT-VALUE})")
    String mapBaseline;

    @Option(names = "--simulations", defaultValue = "10000", description = "Houses to simulate (default:"
            + " ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--seed", defaultValue = "20170620", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        CycleRun cycle = new CycleRun(run, cycleOptions, spec.commandLine());
        LeanTable leans = run.leans();
        HouseOptions options = new HouseOptions(simulations, seed, HouseOptions.DEFAULT.districtSd());
        Path shapeFile = shapes != null ? shapes : specials.dataRoot().resolve(
                "ga06-2017/shapes/GA06_Precincts.geojson");
        ReportSections sections = new ReportSections(run, leans, cycle, options);
        String html = sections.page(mapSpecial, mapBaseline, shapeFile, specials.fuzzyThreshold());
        write(html);
        return ExitCodes.OK;
    }

    private void write(String html) {
        if (out == null) {
            spec.commandLine().getOut().print(html);
            spec.commandLine().getOut().flush();
        } else {
            WholeFile.chars(out, w -> w.write(html));
        }
    }
}
