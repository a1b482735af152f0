package org.bellwether.analysis.crosswalk;

import java.util.List;
import java.util.Optional;

/**
 * Which places of one election are the same as which of another, with everything left unmatched. Matching is
 * one-to-one: no place appears in two matches.
 *
 * @param matches       matched pairs, in the first election's order
 * @param unmatchedFrom places of the first election with no partner
 * @param unmatchedTo   places of the second election with no partner
 */
public record Crosswalk(List<Match> matches, List<Place> unmatchedFrom, List<Place> unmatchedTo) {

    public Crosswalk {
        matches = List.copyOf(matches);
        unmatchedFrom = List.copyOf(unmatchedFrom);
        unmatchedTo = List.copyOf(unmatchedTo);
    }

    /** The partner of a place of the first election. */
    public Optional<Place> partnerOf(Place from) {
        return matches.stream().filter(m -> m.from().equals(from)).map(Match::to).findFirst();
    }

    public long count(MatchMethod method) {
        return matches.stream().filter(m -> m.method() == method).count();
    }
}
