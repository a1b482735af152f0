package org.bellwether.core.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed, ballot by ballot, between two readings of one contest's cast-vote records, matched by ballot id:
 * ballots added, removed, and changed (marks, precinct, batch or tabulator). A ballot id given twice in one reading
 * is matched by its occurrence (the second "B-7" with the second).
 *
 * @param added   ids of ballots only the later reading has, in its order
 * @param removed ids of ballots only the earlier reading has, in its order
 * @param changed ballots both have that differ, in the later reading's order
 */
public record BallotChanges(List<String> added, List<String> removed, List<Changed> changed) {

    public BallotChanges {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        changed = List.copyOf(Objects.requireNonNull(changed, "changed"));
    }

    /**
     * One ballot both readings have, as each has it.
     *
     * @param id     the ballot's id
     * @param before its marks (in rank order, as {@link RankedBallots#marks(int)}) and where it was, before
     * @param after  the same, after
     */
    public record Changed(String id, Ballot before, Ballot after) {
    }

    /** A ballot's marks and where it was counted. */
    public record Ballot(List<Integer> marks, String precinct, String batch, String tabulator) {
        public Ballot {
            marks = List.copyOf(marks);
        }
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares two readings; both must have been read with their identities. */
    public static BallotChanges between(RankedBallots before, RankedBallots after) {
        BallotIdentities a = identities(before);
        BallotIdentities b = identities(after);
        Map<String, Integer> earlier = keys(a);
        boolean[] matched = new boolean[a.size()];
        List<String> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            String id = b.id(i);
            Integer j = earlier.get(key(id, seen));
            if (j == null) {
                added.add(id);
                continue;
            }
            matched[j] = true;
            Ballot was = ballot(before, a, j);
            Ballot is = ballot(after, b, i);
            if (!was.equals(is)) {
                changed.add(new Changed(id, was, is));
            }
        }
        List<String> removed = new ArrayList<>();
        for (int j = 0; j < a.size(); j++) {
            if (!matched[j]) {
                removed.add(a.id(j));
            }
        }
        return new BallotChanges(added, removed, changed);
    }

    private static BallotIdentities identities(RankedBallots ballots) {
        return ballots.identities().orElseThrow(() -> new IllegalArgumentException("contest '"
                + ballots.contest().name() + "': ballots compared by id must be read with their identities"));
    }

    private static Map<String, Integer> keys(BallotIdentities who) {
        Map<String, Integer> keys = new HashMap<>(who.size() * 2);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < who.size(); i++) {
            keys.put(key(who.id(i), seen), i);
        }
        return keys;
    }

    /** The id itself the first time; "id\u0000n" the n-th time after that. */
    private static String key(String id, Map<String, Integer> seen) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + '\u0000' + n;
    }

    private static Ballot ballot(RankedBallots ballots, BallotIdentities who, int i) {
        int[] marks = ballots.marks(who.group(i));
        return new Ballot(Arrays.stream(marks).boxed().toList(), who.precinctNames().get(who.precinct(i)),
                who.batchNames().get(who.batch(i)), who.tabulatorNames().get(who.tabulator(i)));
    }
}
