package org.bellwether.core.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

class BallotChangesTest {

    private static final Contest CONTEST = new Contest("Mayor", 1, List.of(Choice.named("A"), Choice.named("B"),
            Choice.named("C")));

    /** Ballots given as id, precinct, then the candidates ranked 1, 2, ... */
    private static RankedBallots ballots(String... specs) {
        RankedBallots.Builder b = RankedBallots.builder(CONTEST, -1, false).keepingIdentities();
        for (String spec : specs) {
            String[] parts = spec.split(" ");
            int[] marks = new int[parts.length - 2];
            for (int i = 2; i < parts.length; i++) {
                marks[i - 2] = RankedBallots.mark(i - 1, parts[i].charAt(0) - 'A');
            }
            b.add(marks, marks.length, parts[1], parts[0], "batch-1", null);
        }
        return b.build();
    }

    @Test
    void namesBallotsAddedRemovedAndChangedByTheirIds() {
        RankedBallots before = ballots("b1 p1 A B", "b2 p1 B", "b3 p2 C A", "b4 p2 A");
        RankedBallots after = ballots("b1 p1 A B", "b3 p2 A C", "b4 p3 A", "b5 p2 B");

        BallotChanges changes = BallotChanges.between(before, after);

        assertThat(changes.added()).containsExactly("b5");
        assertThat(changes.removed()).containsExactly("b2");
        assertThat(changes.changed()).extracting(BallotChanges.Changed::id).containsExactly("b3", "b4");
        BallotChanges.Changed b4 = changes.changed().get(1);
        assertThat(b4.before().precinct()).isEqualTo("p2");
        assertThat(b4.after().precinct()).isEqualTo("p3");
        assertThat(b4.before().marks()).isEqualTo(b4.after().marks());
        assertThat(BallotChanges.between(after, after).isEmpty()).isTrue();
    }

    @Test
    void anIdGivenTwiceIsMatchedByItsOccurrence() {
        RankedBallots before = ballots("x p1 A", "x p1 B");
        RankedBallots after = ballots("x p1 A", "x p1 C", "x p1 B");

        BallotChanges changes = BallotChanges.between(before, after);

        assertThat(changes.added()).containsExactly("x");
        assertThat(changes.changed()).hasSize(1);
        assertThat(changes.changed().get(0).after().marks()).containsExactly(RankedBallots.mark(1, 2));
    }

    @Test
    void ballotsReadWithoutIdentitiesCannotBeCompared() {
        RankedBallots plain = RankedBallots.builder(CONTEST, -1, false).add(new int[] {RankedBallots.mark(1, 0)}, 1)
                .build();

        assertThatThrownBy(() -> BallotChanges.between(plain, plain)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contest 'Mayor': ballots compared by id must be read with their identities");
    }

    @Test
    void aReaderThatNamesNoBallotGivesItsPlaceInTheReading() {
        RankedBallots.Builder b = RankedBallots.builder(CONTEST, -1, true).keepingIdentities();
        b.add(new int[] {RankedBallots.mark(1, 0)}, 1, "p1", 1);
        b.add(new int[] {RankedBallots.mark(1, 0)}, 1, "p1", 1);
        BallotIdentities who = b.build().identities().orElseThrow();

        assertThat(who.size()).isEqualTo(2);
        assertThat(who.id(0)).isEqualTo("#1");
        assertThat(who.id(1)).isEqualTo("#2");
        assertThat(who.group(0)).isEqualTo(who.group(1));
        assertThatThrownBy(() -> b.add(new int[0], 0, "p1", 2)).isInstanceOf(IllegalStateException.class);
    }
}
