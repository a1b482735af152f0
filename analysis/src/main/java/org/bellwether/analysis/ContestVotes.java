package org.bellwether.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;

/**
 * One contest's votes summed by bloc for each reporting unit that has tallies for it, over every vote type.
 * Units keep the order in which the election lists them, so everything built on this is reproducible.
 *
 * @param election the election the contest belongs to
 * @param contest  the contest's index in the election
 * @param byUnit   unit index to that unit's bloc votes, in unit order
 */
public record ContestVotes(Election election, int contest, Map<Integer, BlocVotes> byUnit) {

    public ContestVotes {
        Objects.requireNonNull(election, "election");
        byUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
    }

    /** Sums the contest's tallies per unit and bloc; {@code rule} decides each choice's bloc. */
    public static ContestVotes of(Election election, int contest, BlocRule rule) {
        List<Choice> choices = election.contests().get(contest).choices();
        Bloc[] blocs = choices.stream().map(rule::bloc).toArray(Bloc[]::new);
        Map<Integer, long[]> sums = new java.util.TreeMap<>();
        election.tallies().forEach((c, choice, unit, voteType, votes) -> {
            if (c == contest) {
                sums.computeIfAbsent(unit, u -> new long[3])[blocs[choice].ordinal()] += votes;
            }
        });
        Map<Integer, BlocVotes> byUnit = new LinkedHashMap<>();
        sums.forEach((unit, v) -> byUnit.put(unit, BlocVotes.of(v[0], v[1], v[2])));
        return new ContestVotes(election, contest, byUnit);
    }

    /** Every unit's votes together. */
    public BlocVotes total() {
        return byUnit.values().stream().reduce(BlocVotes.ZERO, BlocVotes::plus);
    }

    public String unitName(int unit) {
        return election.units().get(unit).name();
    }
}
