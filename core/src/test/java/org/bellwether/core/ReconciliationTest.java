package org.bellwether.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Two sources of one contest compared figure by figure: by county and in all, spellings matched, gaps shown. */
class ReconciliationTest {

    @Test
    void agreeingSourcesSpelledDifferentlyAgreeOnEveryFigure() {
        Election a = election("Cobb County", "KAREN HANDEL", 10, "JON OSSOFF", 7);
        Election b = election("Cobb", "Karen Handel", 10, "Jon Ossoff", 7);

        Reconciliation r = Reconciliation.compare(a, 0, b, 0);

        assertThat(r.lines()).containsExactly(
                line(Reconciliation.ALL_UNITS, "KAREN HANDEL", 10, 10), line(Reconciliation.ALL_UNITS, "JON OSSOFF", 7, 7),
                line("COBB", "KAREN HANDEL", 10, 10), line("COBB", "JON OSSOFF", 7, 7));
        assertThat(r.differences()).isEmpty();
    }

    @Test
    void aFigureThatDiffersInEitherDirectionIsADifference() {
        Election a = election("Cobb County", "KAREN HANDEL", 10, "JON OSSOFF", 7);
        Election higher = election("Cobb", "Karen Handel", 11, "Jon Ossoff", 7);
        Election lower = election("Cobb", "Karen Handel", 9, "Jon Ossoff", 7);

        assertThat(Reconciliation.compare(a, 0, higher, 0).differences()).containsExactly(
                line(Reconciliation.ALL_UNITS, "KAREN HANDEL", 10, 11), line("COBB", "KAREN HANDEL", 10, 11));
        assertThat(Reconciliation.compare(a, 0, lower, 0).differences()).containsExactly(
                line(Reconciliation.ALL_UNITS, "KAREN HANDEL", 10, 9), line("COBB", "KAREN HANDEL", 10, 9));
    }

    @Test
    void aChoiceOnlyOneSourceHasIsAGapOnTheOtherSide() {
        Election a = election("Cobb County", "KAREN HANDEL", 10, "JON OSSOFF", 7);
        Election b = election("Cobb", "Karen Handel", 10, "Write-in", 2);

        List<Reconciliation.Line> differences = Reconciliation.compare(a, 0, b, 0).differences();

        assertThat(differences).contains(
                new Reconciliation.Line(Reconciliation.ALL_UNITS, "JON OSSOFF", OptionalLong.of(7), OptionalLong.empty()),
                new Reconciliation.Line(Reconciliation.ALL_UNITS, "Write-in", OptionalLong.empty(), OptionalLong.of(2)));
        assertThat(new Reconciliation.Line("x", "y", OptionalLong.of(3), OptionalLong.empty()).agrees()).isFalse();
    }

    @Test
    void sourcesWithoutCountiesAreComparedInAllOnly() {
        ElectionBuilder b = new ElectionBuilder();
        int contest = b.contest("Mayor", 1);
        int unit = b.unit("Town", "Town", UnitLevel.STATE, Optional.empty());
        b.tally(contest, b.choice(contest, "ANN", Optional.empty(), false), unit, b.voteType(VoteType.ALL), 4);
        Election town = b.build();

        assertThat(Reconciliation.compare(town, 0, town, 0).lines())
                .containsExactly(line(Reconciliation.ALL_UNITS, "ANN", 4, 4));
    }

    @Test
    void namesAreComparedByLettersAndDigitsInUpperCase() {
        assertThat(Reconciliation.key("  Karen  Handel (R) ")).isEqualTo("KAREN HANDEL R");
        assertThat(Reconciliation.key("O'Rourke-Smith")).isEqualTo("O ROURKE SMITH");
    }

    private static Reconciliation.Line line(String unit, String choice, long a, long b) {
        return new Reconciliation.Line(unit, choice, OptionalLong.of(a), OptionalLong.of(b));
    }

    /** One county with one precinct, two choices. */
    private static Election election(String county, String first, long firstVotes, String second, long secondVotes) {
        ElectionBuilder b = new ElectionBuilder();
        int contest = b.contest("U.S. House, District 6", 1);
        int c = b.unit(county, county, UnitLevel.COUNTY, Optional.empty());
        int p = b.unit(county + "/P1", "P1", UnitLevel.PRECINCT, Optional.of(county));
        int all = b.voteType(VoteType.ALL);
        b.tally(contest, b.choice(contest, first, Optional.empty(), false), p, all, firstVotes);
        b.tally(contest, b.choice(contest, second, Optional.empty(), false), p, all, secondVotes);
        assertThat(c).isZero();
        return b.build();
    }
}
