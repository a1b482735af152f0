package org.bellwether.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.analysis.baseline.Allocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code analyze} command reads: special-election files, the data root and the rules to apply. */
final class SpecialsOptions {

    static final String LEAN_2018 = "district-baselines/partisan-lean_2018_fivethirtyeight_partisan_lean_DISTRICTS.csv";
    static final String COOK = "district-baselines/cookIndices.js";

    @Parameters(arity = "0..*", paramLabel = "SPECIAL", description = "special-election files (default: every"
            + " examples/specials/*.properties of the project, in name order)")
    List<Path> specials;

    @Option(names = "--data", paramLabel = "DIR", description = "the data root the special-election files' patterns"
            + " are relative to (default: ../shared/data beside the project)")
    Path data;

    @Option(names = "--allocation", paramLabel = "RULE", defaultValue = "proportional",
            converter = AllocationConverter.class,
            description = "how a precinct split between districts is counted: proportional (to its House votes),"
                    + " largest (whole to the district with most House votes) or any (whole wherever it voted)"
                    + " (default: ${DEFAULT-VALUE})")
    Allocation allocation;

    @Option(names = "--fuzzy-threshold", paramLabel = "SCORE", defaultValue = "0.8",
            description = "lowest name similarity (0..1) the crosswalk's fuzzy stage accepts (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--lean", paramLabel = "FILE", description = "partisan-lean CSV (district,<column>; R+N/D+N)"
            + " (default: FiveThirtyEight's 2018 table, " + LEAN_2018 + " under the data root)")
    Path lean;

    @Option(names = "--lean-column", paramLabel = "NAME", description = "the lean column, when the file has several")
    String leanColumn;

    @Option(names = "--published", paramLabel = "FILE", description = "published district figures to check"
            + " baselines against (default: " + COOK + " under the data root)")
    Path published;

    @Option(names = "--count-rounds", description = "count a first round and its runoff as two specials in the"
            + " averages (default: one contest, counted by its runoff)")
    boolean countRounds;

    Path dataRoot() {
        return data != null ? data : DemoCommand.ProjectHome.relative(DemoCommand.ProjectHome.find()
                .resolve("../shared/data"));
    }

    Path leanFile() {
        return lean != null ? lean : dataRoot().resolve(LEAN_2018);
    }

    Path publishedFile() {
        return published != null ? published : dataRoot().resolve(COOK);
    }

    Allocation allocationRule() {
        return allocation;
    }

    /** Reads a rule name; an unknown one is a usage error (exit 1) naming the rules there are. */
    static final class AllocationConverter implements picocli.CommandLine.ITypeConverter<Allocation> {
        @Override
        public Allocation convert(String value) {
            try {
                return Allocation.named(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    double fuzzyThreshold() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--fuzzy-threshold must lie in (0, 1], was " + threshold);
        }
        return threshold;
    }

    List<Path> specialFiles() {
        if (specials != null && !specials.isEmpty()) {
            return specials;
        }
        Path folder = DemoCommand.ProjectHome.relative(DemoCommand.ProjectHome.find().resolve("examples/specials"));
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
