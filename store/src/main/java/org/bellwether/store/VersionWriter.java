package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.UnitStatistic;
import org.bellwether.store.Dictionary.Entry;
import org.bellwether.store.Dictionary.Item;
import org.bellwether.store.DictionaryTable.ContestRow;

/**
 * Writes one new version of an election as its changes against the previous version: dictionaries first (they
 * give the stable ids that tally keys are made of), then tallies and statistics.
 */
final class VersionWriter {

    private final Connection c;
    private final int election;
    private final long version;
    private final Batch.Counter counter;

    VersionWriter(Connection c, int election, long version, ImportProgress progress) {
        this.c = c;
        this.election = election;
        this.version = version;
        this.counter = new Batch.Counter(progress);
    }

    /** Returns how many rows the version stored. */
    long write(Snapshot previous, Election e) throws SQLException {
        int[] contests = ids(update(previous.contests(), Snapshot.CONTESTS, contestItems(e)));
        int[][] choices = choiceIds(e, update(previous.choices(), Snapshot.CHOICES, choiceItems(e, contests)));
        int[] units = ids(update(previous.units(), Snapshot.UNITS, items(e.units())));
        int[] voteTypes = ids(update(previous.voteTypes(), Snapshot.VOTE_TYPES, items(e.voteTypes())));
        KeyedRows tallies = new KeyedRows();
        e.tallies().forEach((contest, choice, unit, type, votes) -> tallies.add(PackedKeys.tally(contests[contest],
                choices[contest][choice], units[unit], voteTypes[type]), 0, votes));
        write(previous.tallies(), tallies, KeyedTable.TALLIES);
        KeyedRows statistics = new KeyedRows();
        for (UnitStatistic s : e.statistics()) {
            int contest = s.contest() == UnitStatistic.UNIT_WIDE ? -1 : contests[s.contest()];
            statistics.add(PackedKeys.statistic(units[s.unit()], contest, s.kind(), voteTypes[s.voteType()]), 0,
                    s.count());
        }
        write(previous.statistics(), statistics, KeyedTable.STATISTICS);
        return counter.rows();
    }

    private <E> List<Entry<E>> update(Dictionary<E> previous, DictionaryTable<E> table, List<Item<E>> items)
            throws SQLException {
        try (Batch out = new Batch(c, table.insert(), counter)) {
            return previous.update(items, out, election, version);
        }
    }

    private void write(KeyedRows previous, KeyedRows next, KeyedTable table) throws SQLException {
        try (Batch out = new Batch(c, table.insert(), counter)) {
            KeyedState.write(previous, next, out, table, election, version);
        }
    }

    private static List<Item<ContestRow>> contestItems(Election e) {
        return e.contests().stream().map(k -> new Item<>(0, ContestRow.of(k))).toList();
    }

    private static List<Item<Choice>> choiceItems(Election e, int[] contestIds) {
        List<Item<Choice>> items = new ArrayList<>();
        for (int i = 0; i < e.contests().size(); i++) {
            for (Choice choice : e.contests().get(i).choices()) {
                items.add(new Item<>(contestIds[i], choice));
            }
        }
        return items;
    }

    private static int[][] choiceIds(Election e, List<Entry<Choice>> entries) {
        int[][] ids = new int[e.contests().size()][];
        int next = 0;
        for (int i = 0; i < ids.length; i++) {
            Contest contest = e.contests().get(i);
            ids[i] = new int[contest.choices().size()];
            for (int j = 0; j < ids[i].length; j++) {
                ids[i][j] = entries.get(next++).id();
            }
        }
        return ids;
    }

    private static <E> List<Item<E>> items(List<E> values) {
        return values.stream().map(v -> new Item<>(0, v)).toList();
    }

    private static <E> int[] ids(List<Entry<E>> entries) {
        return entries.stream().mapToInt(Entry::id).toArray();
    }
}
