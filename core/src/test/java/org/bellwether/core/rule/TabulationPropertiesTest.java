package org.bellwether.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

/** Properties every count must have, checked over {@link GeneratedCount#CASES} generated contests each. */
class TabulationPropertiesTest {

    @Test
    void votesAreConserved() {
        GeneratedCount.forAll(count -> {
            Round round = count.tabulate().finalRound();

            assertThat(round.standings().stream().mapToLong(Standing::votes).sum()).isEqualTo(count.total());
            assertThat(round.totalVotes()).isEqualTo(count.total());
            assertThat(round.standings()).hasSize(count.votes().length);
        });
    }

    @Test
    void tabulatingTwiceGivesEqualOutcomes() {
        GeneratedCount.forAll(count -> assertThat(count.tabulate()).isEqualTo(count.tabulate()));
    }

    @Test
    void permutingTheChoicesKeepsWhoIsIn() {
        GeneratedCount.forAll(count -> {
            Outcome listed = count.tabulate();
            List<Integer> order = new ArrayList<>(IntStream.range(0, count.votes().length).boxed().toList());
            Collections.shuffle(order, new Random(count.seed()));
            List<Choice> choices = order.stream().map(i -> count.contest().choices().get(i)).toList();
            long[] votes = order.stream().mapToLong(i -> count.votes()[i]).toArray();

            Outcome permuted = Tabulator.tabulate(new Contest("Test contest", 1, choices), votes, count.rule(),
                    count.tieBreak());

            // A lot sees the tied choices by name, so even a drawn outcome must not change.
            if (!listed.status().equals(Statuses.TIE_PENDING)) {
                assertThat(names(permuted.elected())).isEqualTo(names(listed.elected()));
                assertThat(names(permuted.advancing())).isEqualTo(names(listed.advancing()));
            }
            assertThat(permuted.status()).isEqualTo(listed.status());
            assertThat(permuted.ties()).isEqualTo(listed.ties());
        });
    }

    @Test
    void moreThanHalfUnderMajorityRunoffIsAlwaysElected() {
        GeneratedCount.forAll(count -> {
            // Give one choice, at a generated position, more votes than all the others together.
            long[] votes = count.votes().clone();
            int leader = new SplittableRandom(count.seed()).nextInt(votes.length);
            votes[leader] = LongStream.of(votes).sum() - votes[leader] + 1 + count.seed() % 7;

            Outcome outcome = Tabulator.tabulate(count.contest(), votes, MajorityRunoff.georgia(), count.tieBreak());

            assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
            assertThat(outcome.elected()).containsExactly(count.contest().choices().get(leader));
            assertThat(outcome.finalRound().standings().get(0).status()).isEqualTo(StandingStatus.ELECTED);
        });
    }

    @Test
    void pluralityFillsEverySeatItCanUnlessATieIsPending() {
        GeneratedCount.forAll(count -> {
            int seats = 1 + (int) (count.seed() % 6);

            Outcome outcome = Tabulator.tabulate(count.contest(), count.votes(), new Plurality(seats),
                    count.tieBreak());

            if (outcome.status().equals(Statuses.TIE_PENDING)) {
                assertThat(count.tieBreak()).isInstanceOf(TieBreak.Unresolved.class);
            } else {
                assertThat(outcome.status()).isEqualTo(Statuses.FINAL);
                assertThat(outcome.elected()).hasSize(Math.min(seats, count.votes().length));
            }
        });
    }

    @Test
    void nobodyOutHasMoreVotesThanAnyoneIn() {
        GeneratedCount.forAll(count -> {
            List<Standing> standings = count.tabulate().finalRound().standings();
            long lowestIn = standings.stream().filter(s -> s.status() != StandingStatus.NOT_ELECTED)
                    .mapToLong(Standing::votes).min().orElse(Long.MAX_VALUE);

            assertThat(standings).filteredOn(s -> s.status() == StandingStatus.NOT_ELECTED)
                    .allMatch(s -> s.votes() <= lowestIn);
        });
    }

    private static Set<String> names(List<Choice> choices) {
        return new HashSet<>(Contests.names(choices));
    }
}
