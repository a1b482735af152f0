package org.bellwether.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.analysis.LeanTable;
import org.bellwether.analysis.cycle.CycleDistribution;
import org.bellwether.analysis.cycle.CycleSpecial;
import org.bellwether.analysis.cycle.EnvironmentEstimate;
import org.bellwether.analysis.cycle.EnvironmentModel;
import org.bellwether.analysis.cycle.PublishedComparison;
import org.bellwether.formats.InputException;
import org.bellwether.formats.specials.PublishedSpecial;
import org.bellwether.formats.specials.PublishedSpecialsFile;
import org.bellwether.formats.specials.Race;

/**
 * The cycle's specials as an analysis run sees them: FiveThirtyEight's table, read once and logged, its rows as
 * {@link CycleSpecial}s in our sign (R − D), the day judged from, and Bellwether's own specials matched to it.
 */
final class CycleRun {

    final AnalysisRun run;
    final List<PublishedSpecial> table;
    final CycleDistribution distribution;
    final LocalDate cutoff;
    final EnvironmentModel model;

    private final picocli.CommandLine command;

    /** @param command the command being run: a cut-off no special was held by is its usage error (exit 1) */
    CycleRun(AnalysisRun run, CycleOptions options, picocli.CommandLine command) {
        this.run = run;
        this.command = command;
        Path file = options.table(run.options.dataRoot());
        this.table = PublishedSpecialsFile.read(file);
        run.log.add(file);
        if (table.isEmpty()) {
            throw new InputException(file.toString(), "", "the table has no special election");
        }
        LocalDate last = table.stream().map(PublishedSpecial::date).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate first = table.stream().map(PublishedSpecial::date).min(Comparator.naturalOrder()).orElseThrow();
        this.cutoff = options.asOf != null ? options.asOf : last;
        if (cutoff.isBefore(first)) {
            throw new picocli.CommandLine.ParameterException(command, "--as-of " + cutoff + ": no special of the table"
                    + " was held by then (the first was on " + first + ")");
        }
        this.distribution = new CycleDistribution(table.stream().map(CycleRun::special).toList());
        this.model = options.model(command);
    }

    static CycleSpecial special(PublishedSpecial p) {
        CycleSpecial.Level level = switch (p.race().level()) {
            case CONGRESSIONAL -> CycleSpecial.Level.CONGRESSIONAL;
            case STATEWIDE -> CycleSpecial.Level.STATEWIDE;
            case STATE_LEGISLATIVE -> CycleSpecial.Level.STATE_LEGISLATIVE;
        };
        return new CycleSpecial(p.date(), p.label(), level, p.race().federal(), p.regularlyScheduled(),
                DistrictLean.exact(p.demOverLean()).negate());
    }

    /** The distribution of the specials held by the cut-off (never empty: the constructor checked the cut-off). */
    CycleDistribution asOfCutoff() {
        return new CycleDistribution(distribution.asOf(cutoff));
    }

    /** The estimate on the cut-off; none of the weighting's contests held by then is a usage error. */
    EnvironmentEstimate estimate() {
        try {
            return EnvironmentEstimate.of(distribution.specials(), cutoff, model);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(command, "--as-of " + cutoff + ": " + e.getMessage());
        }
    }

    /** Fewer specials than this give no estimate on the path: one or two special elections are not a cycle. */
    static final int PATH_MINIMUM = 5;

    /** The estimate at the end of each month with at least {@value #PATH_MINIMUM} specials counted, and on the cut-off. */
    List<EnvironmentEstimate> path() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = distribution.specials().stream().map(CycleSpecial::date).min(Comparator.naturalOrder())
                .orElseThrow();
        for (LocalDate d = first.withDayOfMonth(first.lengthOfMonth()); d.isBefore(cutoff);
                d = d.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
            days.add(d);
        }
        days.add(cutoff);
        return days.stream().filter(d -> distribution.asOf(d).stream().filter(model.weighting()::counts).count()
                >= PATH_MINIMUM)
                .map(d -> EnvironmentEstimate.of(distribution.specials(), d, model)).toList();
    }

    /** The table's row for one of our specials: the same U.S. House district, held the same day. */
    Optional<PublishedSpecial> row(LoadedSpecial s) {
        return table.stream().filter(p -> p.race() instanceof Race.House h
                && h.district(p.state()).equalsIgnoreCase(s.spec().district())
                && p.date().toString().equals(s.spec().date())).findFirst();
    }

    /** Ours beside FiveThirtyEight's, for each of our specials in the table. */
    List<PublishedComparison> comparisons(LeanTable leans) {
        List<PublishedComparison> out = new ArrayList<>();
        for (LoadedSpecial s : run.specials) {
            Optional<PublishedSpecial> p = row(s);
            Optional<LoadedSpecial.LoadedBaseline> p16 = presidential(s, "2016");
            if (p.isEmpty() || p16.isEmpty()) {
                continue;
            }
            out.add(PublishedComparison.of(s.name(), s.votes().total().margin(), p16.get().baseline().district()
                    .margin(), presidential(s, "2012").map(b -> b.baseline().district().margin()),
                    DistrictLean.exact(p.get().clintonOverObama()), DistrictLean.exact(p.get().demOverLean()),
                    leans.of(s.spec().district()).map(DistrictLean::points)));
        }
        return out;
    }

    private static Optional<LoadedSpecial.LoadedBaseline> presidential(LoadedSpecial s, String year) {
        return s.baselines().stream().filter(b -> b.spec().published().map(year::equals).orElse(false)).findFirst();
    }
}
