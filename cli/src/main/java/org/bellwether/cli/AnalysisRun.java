package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.specials.OverPerformance;
import org.bellwether.analysis.specials.SpecialResult;
import org.bellwether.formats.baseline.CookIndex;
import org.bellwether.formats.baseline.CookIndexFile;
import org.bellwether.formats.baseline.PartisanLeanFile;
import org.bellwether.formats.baseline.PartisanLeans;
import org.bellwether.render.Table;

/** One analysis run: the specials loaded, the side tables read, and the log of every input. */
final class AnalysisRun {

    final SpecialsOptions options;
    final InputLog log = new InputLog();
    final List<LoadedSpecial> specials;
    private final SpecialLoader loader;

    AnalysisRun(SpecialsOptions options, PrintWriter err) {
        this.options = options;
        this.loader = new SpecialLoader(options.dataRoot(), options.allocationRule(), log, err);
        this.specials = loader.loadAll(options.specialFiles());
    }

    /** The loader, with the elections it has read, for analyses that read more. */
    SpecialLoader loader() {
        return loader;
    }

    LeanTable leans() {
        Path file = options.leanFile();
        PartisanLeans read = PartisanLeanFile.read(file, options.leanColumn);
        log.add(file);
        String shown = DemoCommand.ProjectHome.relative(file).toString();
        return new LeanTable(shown, read.column(), read.rows().stream()
                .map(r -> new DistrictLean(r.district(), r.lean())).toList());
    }

    List<CookIndex> published() {
        Path file = options.publishedFile();
        List<CookIndex> read = CookIndexFile.read(file);
        log.add(file);
        return read;
    }

    /** Every special's over-performance; the averages count each contest once unless --count-rounds. */
    OverPerformance overPerformance(LeanTable leans) {
        List<SpecialResult> rows = specials.stream().map(s -> SpecialsTables.result(s, leans)).toList();
        return new OverPerformance(rows, leanSource(leans), earlierRounds());
    }

    /** Our specials that are an earlier round of another of ours (named by a runoff's {@code flows.from}). */
    Set<String> earlierRounds() {
        if (options.countRounds) {
            return Set.of();
        }
        Set<Path> from = specials.stream().flatMap(s -> s.spec().flows().stream())
                .map(f -> f.from().toAbsolutePath().normalize()).collect(Collectors.toSet());
        return specials.stream().filter(s -> from.contains(s.spec().file().toAbsolutePath().normalize()))
                .map(LoadedSpecial::name).collect(Collectors.toSet());
    }

    static String leanSource(LeanTable leans) {
        return "partisan lean: column '" + leans.vintage() + "' of " + leans.source() + " (FiveThirtyEight"
                + " publishes several vintages; the shared file is the 2018 one; --lean FILE supplies another)";
    }

    AnalysisReport report(String title, List<Table> tables, List<String> method) {
        return new AnalysisReport(title, SoftwareVersion.get(), log.files(), tables, method);
    }
}
