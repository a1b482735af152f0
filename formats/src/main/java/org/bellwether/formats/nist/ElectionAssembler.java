package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteType;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.nist.CountsParser.Figure;
import org.bellwether.formats.nist.CountsParser.Other;
import org.bellwether.formats.nist.CountsParser.RawCount;
import org.bellwether.formats.nist.CountsParser.Selection;

/**
 * Puts what the two passes read into the election: the GpUnits as reporting units (in file order, with the parent
 * {@link UnitGraph} chose), each contest and selection, and the parts of every series of figures, the totals having
 * been checked by {@link Totals}. Registered voters come from ReportingUnit {@code VotersRegistered}, ballots cast
 * from Election {@code BallotCounts}, over- and undervotes from a contest's {@code OtherCounts}.
 */
final class ElectionAssembler {

    private final ElectionBuilder builder;
    private final Directory directory;
    private final Lookup lookup;
    private final Totals totals;
    private final ChoiceNames choices;
    private final String file;
    private final int[] units;
    private final int[] contests;
    private final List<String> contestNames;
    private final List<String> notes = new ArrayList<>();

    ElectionAssembler(ElectionBuilder builder, Directory directory, ReadOptions options, String file) {
        this.builder = builder;
        this.directory = directory;
        this.file = file;
        this.lookup = new Lookup(directory, file);
        UnitGraph graph = UnitGraph.of(directory, lookup, file);
        List<String> unitIds = directory.units().stream().map(Directory.Unit::unitId).toList();
        this.totals = new Totals(graph, unitIds, options.totals(), file, builder::note);
        this.choices = new ChoiceNames(directory, lookup, options, file);
        this.contestNames = ContestNames.of(directory, lookup, notes);
        this.contests = new int[directory.contests().size()];
        this.units = new int[directory.units().size()];
        Directory.Header h = directory.election();
        builder.name(h.name()).type(h.type()).certification(ElectionStatus.certification(h.resultsStatus()));
        h.date().ifPresent(builder::date);
        scopeState().ifPresent(builder::state);
        addUnits(graph, unitIds);
    }

    private void addUnits(UnitGraph graph, List<String> unitIds) {
        for (int u = 0; u < units.length; u++) {
            Directory.Unit unit = directory.units().get(u);
            Optional<String> parent = graph.parent(u) < 0 ? Optional.empty()
                    : Optional.of(unitIds.get(graph.parent(u)));
            units[u] = limited(unit.at(), () -> builder.unit(unit.unitId(), unit.name(),
                    UnitKinds.level(unit.type()), parent));
        }
    }

    /** The state the election's scope is, or lies in: the first GpUnit of type state on the way up. */
    private Optional<String> scopeState() {
        return directory.units().stream().filter(u -> "state".equalsIgnoreCase(u.type()))
                .map(u -> org.bellwether.formats.UsStates.codeOf(u.name())).flatMap(Optional::stream).findFirst();
    }

    void contest(int index) {
        Directory.ContestHead c = directory.contests().get(index);
        contests[index] = limited(c.at(), () -> builder.contest(contestNames.get(index), c.votesAllowed()));
        ElectionStatus.declared(c.voteVariation(), c.numberElected(), c.votesAllowed())
                .ifPresent(d -> builder.declare(contests[index], d));
        builder.reporting(contests[index], ElectionStatus.reporting(c.subUnitsReported(), c.totalSubUnits(),
                c.totalStatus(), directory.election().resultsStatus()));
    }

    void selection(int contest, Selection s) {
        Choice c = choices.choice(contest, s);
        int choice = limited(s.at(), () -> builder.choice(contests[contest], c.name(), c.party(), c.writeIn()));
        List<Reading> readings = s.counts().stream().map(r -> reading(r, "Count")).toList();
        String series = "votes for " + InputException.echo(c.name()) + " in " + InputException.echo(
                contestNames.get(contest));
        for (Reading r : totals.parts(readings, series)) {
            int row = builder.tally(contests[contest], choice, units[r.unit()], builder.voteType(r.type()), r.count());
            if (row >= 0) {
                throw new InputException(file, r.at(), "duplicate: " + series + " at GpUnit "
                        + InputException.echo(directory.units().get(r.unit()).unitId()) + " were already read");
            }
        }
    }

    void otherCounts(int contest, List<Other> others) {
        String name = InputException.echo(contestNames.get(contest));
        statistics(others, Other::overvotes, StatisticKind.OVERVOTES, contests[contest], "overvotes in " + name);
        statistics(others, Other::undervotes, StatisticKind.UNDERVOTES, contests[contest], "undervotes in " + name);
    }

    private void statistics(List<Other> others, java.util.function.Function<Other, Optional<Figure>> figure,
            StatisticKind kind, int contest, String series) {
        List<Reading> readings = new ArrayList<>();
        for (Other o : others) {
            figure.apply(o).ifPresent(f -> readings.add(new Reading(lookup.unit(o.unit(), "GpUnitId"), VoteType.ALL,
                    NistValues.count(f.value(), kind.label(), file, f.at()), f.at())));
        }
        store(totals.parts(readings, series), kind, contest);
    }

    void ballots(List<RawCount> ballots) {
        List<Reading> readings = ballots.stream().map(r -> reading(r, "BallotsCast")).toList();
        store(totals.parts(readings, "ballots cast"), StatisticKind.BALLOTS_CAST, UnitStatistic.UNIT_WIDE);
    }

    /** The registered voters of each GpUnit that gives them, and the note on what was read. */
    void finish(String reader) {
        List<Reading> readings = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            Directory.Unit unit = directory.units().get(u);
            int index = u;
            unit.registered().ifPresent(n -> readings.add(new Reading(index, VoteType.ALL, n, unit.registeredAt())));
        }
        store(totals.parts(readings, "registered voters"), StatisticKind.REGISTERED_VOTERS, UnitStatistic.UNIT_WIDE);
        notes.add(0, reader + " " + file + ": " + contests.length + " contests, " + units.length + " units, "
                + totals.checked() + " totals checked against their parts");
        if (choices.numbered() > 0) {
            notes.add(plural(choices.numbered(), "choice repeats", "choices repeat")
                    + " a name in its contest and is numbered (Write-in 2)");
        }
        if (choices.aliased() > 0) {
            notes.add(plural(choices.aliased(), "selection", "selections") + " renamed by the declared aliases");
        }
        long measures = directory.contests().stream().filter(c -> !"CandidateContest".equals(c.kind())).count();
        if (measures > 0) {
            notes.add(plural(measures, "ballot measure or party contest", "ballot measure or party contests")
                    + " read as contests, selections as choices");
        }
        builder.note(String.join("; ", notes));
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void store(List<Reading> parts, StatisticKind kind, int contest) {
        for (Reading r : parts) {
            if (!builder.statistic(units[r.unit()], contest, kind, builder.voteType(r.type()), r.count())) {
                throw new InputException(file, r.at(), "duplicate: " + kind.label().toLowerCase(java.util.Locale.ROOT)
                        + " for GpUnit " + InputException.echo(directory.units().get(r.unit()).unitId())
                        + " were already read");
            }
        }
    }

    private Reading reading(RawCount raw, String what) {
        CountItem item = CountItem.of(raw.type()).orElseThrow(() -> new InputException(file, raw.typeAt(),
                "Type " + InputException.echo(raw.type()) + " is not a NIST CountItemType"));
        return new Reading(lookup.unit(raw.unit(), "GpUnitId"), item.read(raw.otherType()),
                NistValues.count(raw.value(), what, file, raw.valueAt()), raw.valueAt());
    }

    /** The model's limits ({@code TallyLimits}) are checked as things are added; here they become bad input. */
    private int limited(String at, java.util.function.IntSupplier add) {
        try {
            return add.getAsInt();
        } catch (IllegalArgumentException tooMany) {
            throw new InputException(file, at, tooMany.getMessage(), tooMany);
        }
    }
}
