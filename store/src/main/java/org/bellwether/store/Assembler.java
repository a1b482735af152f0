package org.bellwether.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Source;
import org.bellwether.core.TallyTable;
import org.bellwether.core.UnitStatistic;
import org.bellwether.store.Dictionary.Entry;
import org.bellwether.store.DictionaryTable.ContestRow;

/**
 * Turns a snapshot back into the election it was imported from: lists in their stored order, stable ids turned
 * back into list indices, tallies and statistics in the order the reader produced them.
 */
final class Assembler {

    /** What the version row and the election row add to a snapshot. */
    record Header(String name, Optional<java.time.LocalDate> date, ElectionType type, List<Source> sources,
            List<String> notes, Optional<String> state, org.bellwether.core.Certification certification) {
    }

    private final Snapshot s;
    private final int[] contestIndex;
    private final int[][] choiceIndex;
    private final int[] unitIndex;
    private final int[] voteTypeIndex;

    private Assembler(Snapshot s) {
        this.s = s;
        contestIndex = index(s.contests().live(), PackedKeys.MAX_CONTEST_ID);
        choiceIndex = new int[contestIndex.length][];
        unitIndex = index(s.units().live(), PackedKeys.MAX_UNIT_ID);
        voteTypeIndex = index(s.voteTypes().live(), PackedKeys.MAX_VOTE_TYPE_ID);
    }

    static Election election(Snapshot s, Header h) {
        Assembler a = new Assembler(s);
        List<Contest> contests = a.contests();
        return new Election(h.name(), h.date(), h.type(), contests, values(s.units().live()),
                values(s.voteTypes().live()), a.tallies(), a.statistics(), h.sources(), h.notes(), h.state(),
                h.certification());
    }

    private List<Contest> contests() {
        List<Entry<ContestRow>> rows = s.contests().live();
        List<Contest> contests = new ArrayList<>(rows.size());
        Map<Integer, List<Entry<Choice>>> byContest = s.choices().live().stream()
                .collect(Collectors.groupingBy(Entry::group));
        for (Entry<ContestRow> row : rows) {
            List<Entry<Choice>> choices = byContest.getOrDefault(row.id(), List.of());
            choiceIndex[row.id()] = index(choices, PackedKeys.MAX_CHOICE_ID);
            contests.add(row.value().toContest(values(choices)));
        }
        return contests;
    }

    private TallyTable tallies() {
        KeyedRows rows = s.tallies();
        TallyTable.Builder table = TallyTable.builder();
        for (int row : rows.byPosition()) {
            long k = rows.key(row);
            int contest = PackedKeys.tallyContest(k);
            table.add(contestIndex[contest], choiceIndex[contest][PackedKeys.tallyChoice(k)],
                    unitIndex[PackedKeys.tallyUnit(k)], voteTypeIndex[PackedKeys.voteType(k)], rows.value(row));
        }
        return table.build();
    }

    private List<UnitStatistic> statistics() {
        KeyedRows rows = s.statistics();
        List<UnitStatistic> out = new ArrayList<>(rows.size());
        for (int row : rows.byPosition()) {
            long k = rows.key(row);
            int contest = PackedKeys.statisticContest(k);
            out.add(new UnitStatistic(unitIndex[PackedKeys.statisticUnit(k)],
                    contest < 0 ? UnitStatistic.UNIT_WIDE : contestIndex[contest], PackedKeys.statisticKind(k),
                    voteTypeIndex[PackedKeys.voteType(k)], rows.value(row)));
        }
        return out;
    }

    /** Stable id to list index, sized to the largest id in use. */
    private static <E> int[] index(List<Entry<E>> live, int maxId) {
        int size = live.stream().mapToInt(Entry::id).max().orElse(-1) + 1;
        int[] index = new int[Math.min(size, maxId + 1)];
        Arrays.fill(index, -1);
        for (int i = 0; i < live.size(); i++) {
            index[live.get(i).id()] = i;
        }
        return index;
    }

    private static <E> List<E> values(List<Entry<E>> live) {
        return live.stream().map(Entry::value).toList();
    }
}
