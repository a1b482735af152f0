package org.bellwether.core.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bellwether.core.Choice;

/**
 * Finds who is in when {@code places} seats or advancing places are filled from the top, and treats a tie at
 * the cut line: choices with the votes of the last place in, some of whom would be out. Such a tie is never
 * settled by ballot order; it is left pending or drawn by a seeded lot, and recorded either way.
 */
final class CutLine {

    private CutLine() {
    }

    static Cut draw(Ranking ranking, int places, TieBreak tieBreak) {
        List<Ranking.Entry> entries = ranking.entries();
        if (entries.size() <= places) {
            return Cut.clear(indices(entries.stream()), entries.size() < places);
        }
        // The last place in has the votes at the cut; if the first choice out has as many, they are tied.
        long cutVotes = entries.get(places - 1).votes();
        if (entries.get(places).votes() != cutVotes) {
            return Cut.clear(indices(entries.stream().limit(places)), false);
        }
        List<Integer> clearlyIn = indices(entries.stream().filter(e -> e.votes() > cutVotes));
        List<Integer> tied = indices(entries.stream().filter(e -> e.votes() == cutVotes));
        Straddle straddle = new Straddle(ranking, clearlyIn, tied, places - clearlyIn.size(), cutVotes);
        return switch (tieBreak) {
            case TieBreak.Unresolved unresolved -> new Cut(clearlyIn, tied,
                    Optional.of(straddle.tie(tieBreak, Optional.empty(), unresolved.describe())), straddle.atStake(),
                    false);
            case TieBreak.SeededLot lot -> straddle.draw(lot);
        };
    }

    /** Choices tied at the cut, with those clearly in and the number of places the tied contend for. */
    private record Straddle(Ranking ranking, List<Integer> clearlyIn, List<Integer> tied, int atStake, long votes) {

        /** The tied choices in the order they go into a lot. */
        List<Integer> hat() {
            return tied.stream().sorted(lotOrder(ranking)).toList();
        }

        Tie tie(TieBreak rule, Optional<List<Integer>> drawn, String resolution) {
            return new Tie(ranking.choices(hat()), clearlyIn.size() + 1, votes, rule, drawn.map(ranking::choices),
                    resolution);
        }

        /** The first drawn take the places at stake; winners stay listed in standings order. */
        Cut draw(TieBreak.SeededLot lot) {
            List<Integer> drawn = new Lot(lot.seed()).drawAll(hat());
            Set<Integer> won = Set.copyOf(drawn.subList(0, atStake));
            List<Integer> winners = Stream.concat(clearlyIn.stream(), tied.stream().filter(won::contains)).toList();
            String resolution = "drawn by lot with seed " + lot.seed() + " in the order "
                    + Explanation.list(ranking.choices(drawn), ", ");
            return new Cut(winners, List.of(), Optional.of(tie(lot, Optional.of(drawn), resolution)), atStake, false);
        }
    }

    /**
     * The order tied choices go into a lot: by name (compared by UTF-16 code unit, the same in every locale),
     * then party, then write-in, so the draw depends on who is tied and never on the order a source lists them.
     * The index only separates choices that are identical in every respect, whose order cannot be seen.
     */
    private static Comparator<Integer> lotOrder(Ranking ranking) {
        Comparator<Choice> byChoice = Comparator.comparing(Choice::name)
                .thenComparing((Choice c) -> c.party().orElse("")).thenComparing(Choice::writeIn);
        return Comparator.comparing(ranking::choice, byChoice).thenComparing(Comparator.naturalOrder());
    }

    private static List<Integer> indices(Stream<Ranking.Entry> entries) {
        return entries.map(Ranking.Entry::index).toList();
    }
}
