package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.analysis.Bloc;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.ContestVotes;
import org.bellwether.analysis.baseline.Allocation;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.baseline.Boundary;
import org.bellwether.analysis.baseline.DistrictBaselines;
import org.bellwether.analysis.crosswalk.DeclaredMatch;
import org.bellwether.core.Election;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.bellwether.formats.sidefile.ChoiceAliasesFile;
import org.bellwether.formats.sidefile.ChoiceMetadataFile;
import org.bellwether.formats.sidefile.CrosswalkFile;
import org.bellwether.formats.specials.BaselineSpec;
import org.bellwether.formats.specials.DataFiles;
import org.bellwether.formats.specials.SpecialElectionFile;
import org.bellwether.formats.specials.SpecialElectionSpec;

/**
 * Reads special-election files and everything they name, each results file set once however many specials
 * share it (the GA-06 rounds share three baselines), and logs every file read for the report.
 */
final class SpecialLoader {

    private final Path root;
    private final Allocation allocation;
    private final InputLog log;
    private final PrintWriter err;
    private final Map<String, Election> cache = new HashMap<>();

    SpecialLoader(Path root, Allocation allocation, InputLog log, PrintWriter err) {
        this.root = root;
        this.allocation = allocation;
        this.log = log;
        this.err = err;
    }

    List<LoadedSpecial> loadAll(List<Path> files) {
        List<LoadedSpecial> loaded = new ArrayList<>();
        for (Path f : files) {
            loaded.add(load(f));
        }
        return loaded;
    }

    LoadedSpecial load(Path file) {
        SpecialElectionSpec spec = SpecialElectionFile.load(file);
        log.add(file);
        Election election = read(spec.files(), options(spec), spec.file().toString());
        int contest = contest(election, spec.contest(), spec.file().toString());
        BlocRule blocs = blocs(spec.republican(), spec.democratic());
        List<LoadedSpecial.LoadedBaseline> baselines = new ArrayList<>();
        for (BaselineSpec b : spec.baselines()) {
            baselines.add(new LoadedSpecial.LoadedBaseline(b, baseline(b, spec.file().toString())));
        }
        return new LoadedSpecial(spec, election, contest, blocs, ContestVotes.of(election, contest, blocs),
                baselines, declared(spec));
    }

    private Baseline baseline(BaselineSpec b, String specFile) {
        ReadOptions options = ReadOptions.DEFAULT.withTotals(b.totalsReport() ? TotalsPolicy.REPORT
                : TotalsPolicy.REJECT);
        Election election = read(b.files(), options, specFile);
        int contest = contest(election, b.contest(), specFile);
        Boundary boundary = b.boundary().<Boundary>map(c -> {
            contest(election, c, specFile);
            return new Boundary.HouseDistrict(c, allocation);
        }).orElse(new Boundary.WholeElection());
        return DistrictBaselines.compute(b.label(), election, contest, boundary, blocs(b.republican(),
                b.democratic()));
    }

    private ReadOptions options(SpecialElectionSpec spec) {
        ChoiceMetadata metadata = spec.choices().map(p -> {
            log.add(p);
            return ChoiceMetadataFile.load(p);
        }).orElse(ChoiceMetadata.NONE);
        ChoiceAliases aliases = spec.aliases().map(p -> {
            log.add(p);
            return ChoiceAliasesFile.load(p);
        }).orElse(ChoiceAliases.NONE);
        return new ReadOptions(aliases, metadata, spec.totalsReport() ? TotalsPolicy.REPORT : TotalsPolicy.REJECT);
    }

    private List<DeclaredMatch> declared(SpecialElectionSpec spec) {
        return spec.crosswalk().map(p -> {
            log.add(p);
            return CrosswalkFile.load(p).stream().map(e -> new DeclaredMatch(e.county(), e.from(), e.to())).toList();
        }).orElse(List.of());
    }

    /** Results named by patterns, read with default options (party labels as the files give them). */
    Election results(List<String> patterns, String specFile) {
        return read(patterns, ReadOptions.DEFAULT, specFile);
    }

    private Election read(List<String> patterns, ReadOptions options, String specFile) {
        List<Path> files = DataFiles.resolve(root, patterns, specFile);
        String key = files + "|" + System.identityHashCode(options.aliases()) + "|"
                + System.identityHashCode(options.metadata()) + "|" + options.totals();
        Election election = cache.computeIfAbsent(key, k -> Inputs.read(files, options, err));
        log.add(election);
        return election;
    }

    static int contest(Election election, String name, String specFile) {
        int index = election.contestIndex(name);
        if (index < 0) {
            throw new InputException(specFile, "", "the results it names have no contest '" + name + "'");
        }
        return index;
    }

    static BlocRule blocs(List<String> republican, List<String> democratic) {
        Map<String, Bloc> declared = new HashMap<>();
        republican.forEach(n -> declared.put(n.toUpperCase(Locale.ROOT), Bloc.REPUBLICAN));
        democratic.forEach(n -> declared.put(n.toUpperCase(Locale.ROOT), Bloc.DEMOCRATIC));
        return new BlocRule(declared);
    }
}
