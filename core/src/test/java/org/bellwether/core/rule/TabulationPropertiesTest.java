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

    @Test
    void topNAdvancesExactlyNUnlessATieIsPending() {
        GeneratedCount.forAll(count -> {
            int advance = 1 + (int) (count.seed() % 6);

            Outcome outcome = Tabulator.tabulate(count.contest(), count.votes(), new TopN(advance), count.tieBreak());

            if (outcome.status().equals(Statuses.TIE_PENDING)) {
                assertThat(count.tieBreak()).isInstanceOf(TieBreak.Unresolved.class);
            } else {
                assertThat(outcome.advancing()).hasSize(Math.min(advance, count.votes().length));
                assertThat(outcome.elected()).isEmpty();
            }
        });
    }

    /**
     * Choices that share a name and differ by party or write-in flag, tied: a lot starts from the hat ordered by
     * name, party, then write-in, so who wins it depends on who is tied, never on the order the source lists them.
     */
    @Test
    void aLotAmongNamesakesDependsOnWhoIsTiedNotOnTheirOrder() {
        for (long seed = 0; seed < GeneratedCount.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Choice> choices = namesakes(random);
            long[] votes = random.longs(choices.size(), 0, 2).toArray();
            Rule rule = random.nextBoolean() ? new Plurality(1 + random.nextInt(3)) : new TopN(1 + random.nextInt(3));
            TieBreak lot = new TieBreak.SeededLot(random.nextLong());
            List<Integer> order = new ArrayList<>(IntStream.range(0, choices.size()).boxed().toList());
            Collections.shuffle(order, new Random(seed));

            Outcome listed = Tabulator.tabulate(new Contest("Test contest", 1, choices), votes, rule, lot);
            Outcome shuffled = Tabulator.tabulate(new Contest("Test contest", 1, order.stream().map(choices::get)
                    .toList()), order.stream().mapToLong(i -> votes[i]).toArray(), rule, lot);

            assertThat(new HashSet<>(shuffled.elected())).as("case %d", seed)
                    .isEqualTo(new HashSet<>(listed.elected()));
            assertThat(new HashSet<>(shuffled.advancing())).as("case %d", seed)
                    .isEqualTo(new HashSet<>(listed.advancing()));
        }
    }

    /** Two to six distinct choices over two names, three parties (one of them none) and the write-in flag. */
    private static List<Choice> namesakes(SplittableRandom random) {
        List<Choice> all = new ArrayList<>();
        for (String name : List.of("Lee", "Park")) {
            for (String party : new String[] {"DEM", "REP", null}) {
                for (boolean writeIn : new boolean[] {false, true}) {
                    all.add(new Choice(name, java.util.Optional.ofNullable(party), writeIn));
                }
            }
        }
        Collections.shuffle(all, new Random(random.nextLong()));
        return List.copyOf(all.subList(0, 2 + random.nextInt(5)));
    }

    private static Set<String> names(List<Choice> choices) {
        return new HashSet<>(Contests.names(choices));
    }
}
