package org.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dictionary (contests, choices, units or vote types) of an election as of a version: every entry it ever
 * had, with its stable id, and its position and value at that version (position {@link Positions#NONE} when
 * the entry is gone by then). Ids are given in order of first appearance and never reused, so tallies can refer
 * to an entry by id across versions.
 *
 * @param <E> the value of an entry
 */
final class Dictionary<E> {

    /** @param position the entry's place in its group's list, or {@link Positions#NONE} when it is gone */
    record Entry<E>(int group, int id, int position, E value) {
        boolean live() {
            return position != Positions.NONE;
        }
    }

    /** A value of the new version, in the group it belongs to (the contest of a choice; 0 otherwise). */
    record Item<E>(int group, E value) {
    }

    private final DictionaryTable<E> table;
    private final Map<GroupKey, Entry<E>> byKey = new LinkedHashMap<>();
    private final Map<Integer, Integer> nextId = new HashMap<>();

    private record GroupKey(int group, String key) {
    }

    private Dictionary(DictionaryTable<E> table) {
        this.table = table;
    }

    static <E> Dictionary<E> empty(DictionaryTable<E> table) {
        return new Dictionary<>(table);
    }

    /** The dictionary as of {@code version}: per entry, its row with the highest version up to that one. */
    static <E> Dictionary<E> read(Connection c, DictionaryTable<E> table, int election, long version)
            throws SQLException {
        Dictionary<E> d = new Dictionary<>(table);
        try (PreparedStatement ps = c.prepareStatement(table.select())) {
            ps.setInt(1, election);
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int position = rs.getInt(4);
                    boolean gone = rs.wasNull();
                    d.put(new Entry<>(rs.getInt(1), rs.getInt(2), gone ? Positions.NONE : position, table.read(rs)));
                }
            }
        }
        return d;
    }

    private void put(Entry<E> entry) {
        byKey.put(new GroupKey(entry.group(), table.key(entry.value())), entry);
        nextId.merge(entry.group(), entry.id() + 1, Math::max);
    }

    /** Live entries, by group and position: the lists of the election at this version. */
    List<Entry<E>> live() {
        return byKey.values().stream().filter(Entry::live)
                .sorted(Comparator.comparingInt((Entry<E> e) -> e.group()).thenComparingInt(Entry::position))
                .toList();
    }

    /** Every entry by id, gone ones too: a diff names what was removed. */
    Map<Long, Entry<E>> byId() {
        Map<Long, Entry<E>> ids = new HashMap<>();
        byKey.values().forEach(e -> ids.put(((long) e.group() << 32) | e.id(), e));
        return ids;
    }

    /**
     * Computes the next version of this dictionary from the new values, writes the rows that changed and returns
     * each item's entry (its id and position), in the items' order.
     */
    List<Entry<E>> update(List<Item<E>> items, Batch out, int election, long version) throws SQLException {
        List<Entry<E>> next = entries(items);
        Map<GroupKey, Boolean> seen = new HashMap<>();
        for (Entry<E> e : next) {
            GroupKey key = new GroupKey(e.group(), table.key(e.value()));
            seen.put(key, true);
            Entry<E> before = byKey.get(key);
            if (before == null || before.position() != e.position() || !before.value().equals(e.value())) {
                write(out, e, election, version);
            }
        }
        for (Map.Entry<GroupKey, Entry<E>> old : byKey.entrySet()) {
            if (old.getValue().live() && !seen.containsKey(old.getKey())) {
                Entry<E> gone = old.getValue();
                write(out, new Entry<>(gone.group(), gone.id(), Positions.NONE, gone.value()), election, version);
            }
        }
        return next;
    }

    private List<Entry<E>> entries(List<Item<E>> items) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(items.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<Entry<E>> next = new ArrayList<>(java.util.Collections.nCopies(items.size(), (Entry<E>) null));
        Map<Integer, Integer> ids = new HashMap<>(nextId);
        groups.forEach((group, members) -> place(items, group, members, ids, next));
        return next;
    }

    private void place(List<Item<E>> items, int group, List<Integer> members, Map<Integer, Integer> ids,
            List<Entry<E>> next) {
        int[] previous = new int[members.size()];
        List<Entry<E>> before = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            Entry<E> old = byKey.get(new GroupKey(group, table.key(items.get(members.get(m)).value())));
            before.add(old);
            previous[m] = old == null ? Positions.NONE : old.position();
        }
        int[] positions = Positions.assign(previous);
        for (int m = 0; m < members.size(); m++) {
            int id = before.get(m) != null ? before.get(m).id() : newId(ids, group);
            next.set(members.get(m), new Entry<>(group, id, positions[m], items.get(members.get(m)).value()));
        }
    }

    private int newId(Map<Integer, Integer> ids, int group) {
        int id = ids.getOrDefault(group, 0);
        if (id > table.maxId()) {
            throw new IllegalArgumentException("more than " + (table.maxId() + 1) + " distinct " + table.noun()
                    + " ids in one election (PackedKeys)");
        }
        ids.put(group, id + 1);
        return id;
    }

    private void write(Batch out, Entry<E> e, int election, long version) throws SQLException {
        PreparedStatement ps = out.row();
        ps.setInt(1, election);
        ps.setInt(2, e.id());
        ps.setLong(3, version);
        if (e.live()) {
            ps.setInt(4, e.position());
        } else {
            ps.setNull(4, java.sql.Types.INTEGER);
        }
        table.bind(ps, e.group(), e.value());
        out.add();
    }
}
