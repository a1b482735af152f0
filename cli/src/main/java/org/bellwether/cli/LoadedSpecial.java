package org.bellwether.cli;

import java.util.List;
import java.util.Objects;
import org.bellwether.analysis.BlocRule;
import org.bellwether.analysis.ContestVotes;
import org.bellwether.analysis.baseline.Baseline;
import org.bellwether.analysis.crosswalk.DeclaredMatch;
import org.bellwether.core.Election;
import org.bellwether.formats.specials.BaselineSpec;
import org.bellwether.formats.specials.SpecialElectionSpec;

/**
 * A special election read from its declarative file: its results, its contest's votes by bloc and each
 * baseline computed inside its district.
 *
 * @param spec      the file's declarations
 * @param election  the special's results
 * @param contest   the contest's index
 * @param blocs     how its choices were assigned to blocs
 * @param votes     the contest's votes per unit by bloc
 * @param baselines the baselines, in the file's order, each with its declaration
 * @param declared  reviewed precinct pairs from the file's crosswalk
 */
record LoadedSpecial(SpecialElectionSpec spec, Election election, int contest, BlocRule blocs, ContestVotes votes,
        List<LoadedBaseline> baselines, List<DeclaredMatch> declared) {

    LoadedSpecial {
        Objects.requireNonNull(spec, "spec");
        baselines = List.copyOf(baselines);
        declared = List.copyOf(declared);
    }

    /** A baseline with the declaration it came from. */
    record LoadedBaseline(BaselineSpec spec, Baseline baseline) {
    }

    String name() {
        return spec.name();
    }
}
