package org.bellwether.core.rule;

import java.util.List;
import java.util.Optional;

/**
 * Where the cut line fell.
 *
 * @param winners        indices of the choices elected or advancing, in standings order
 * @param pending        indices of the choices tied at the cut whose tie is left to an authority
 * @param tie            the tie at the cut, if any
 * @param placesAtStake  how many places the tied choices contend for
 * @param fewerThanPlaces whether there were fewer choices than places, so all are in
 */
record Cut(List<Integer> winners, List<Integer> pending, Optional<Tie> tie, int placesAtStake,
        boolean fewerThanPlaces) {

    Cut {
        winners = List.copyOf(winners);
        pending = List.copyOf(pending);
    }

    static Cut clear(List<Integer> winners, boolean fewerThanPlaces) {
        return new Cut(winners, List.of(), Optional.empty(), 0, fewerThanPlaces);
    }
}
