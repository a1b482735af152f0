package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.Source;
import org.bellwether.core.VoteType;
import org.bellwether.store.Catalog.ElectionRow;
import org.bellwether.store.Dictionary.Entry;
import org.bellwether.store.DictionaryTable.ContestRow;

/**
 * What the store answers, each inside one read transaction: a version resolved from an {@link AsOf}, the
 * election as of a version, the tallies that differ between two versions.
 */
final class Reading {

    private final Connection c;
    private final String store;

    Reading(Connection c, String store) {
        this.c = c;
        this.store = store;
    }

    long resolve(Optional<String> electionKey, AsOf asOf) throws SQLException {
        return switch (asOf) {
            case AsOf.Version v -> checkedVersion(v.number(), electionKey);
            case AsOf.Latest l -> Catalog.latest(c, election(electionKey).id(), Long.MAX_VALUE).orElseThrow();
            case AsOf.Time t -> {
                ElectionRow e = election(electionKey);
                OptionalLong at = Catalog.latestAt(c, e.id(), t.instant());
                if (at.isEmpty()) {
                    throw StoreException.badReference(store + ": election " + e.key() + " has no version imported at"
                            + " or before " + t.instant());
                }
                yield at.getAsLong();
            }
        };
    }

    private long checkedVersion(long number, Optional<String> electionKey) throws SQLException {
        Optional<ElectionRow> found = Catalog.electionOf(c, number);
        if (found.isEmpty()) {
            long newest = Catalog.nextVersion(c) - 1;
            throw StoreException.badReference(store + ": no version " + number
                    + (newest == 0 ? " (it holds no version yet)" : " (the newest is " + newest + ")"));
        }
        ElectionRow e = found.get();
        if (electionKey.isPresent() && !electionKey.get().equals(e.key())) {
            throw StoreException.badReference(store + ": version " + number + " is of election " + e.key()
                    + ", not " + electionKey.get());
        }
        return number;
    }

    /** The election named, or the only one the store holds. */
    ElectionRow election(Optional<String> key) throws SQLException {
        if (key.isPresent()) {
            Optional<ElectionRow> found = Catalog.election(c, key.get());
            if (found.isEmpty()) {
                throw StoreException.badReference(store + ": no election " + key.get() + " (it holds: " + keys() + ")");
            }
            return found.get();
        }
        List<ElectionRow> all = Catalog.elections(c);
        if (all.size() != 1) {
            throw StoreException.badReference(store + (all.isEmpty() ? ": holds no election yet"
                    : ": holds several elections; name one of: " + keys()));
        }
        return all.get(0);
    }

    private String keys() throws SQLException {
        List<String> keys = Catalog.elections(c).stream().map(ElectionRow::key).toList();
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }

    StoredElection load(long version) throws SQLException {
        ElectionRow e = Catalog.electionOf(c, version).orElseThrow();
        VersionInfo info = Catalog.info(c, version).orElseThrow();
        List<Source> sources = info.sources().stream().map(s -> new Source(s.path(), s.sha256(), s.reader()))
                .toList();
        Assembler.Header header = new Assembler.Header(info.electionName(), e.localDate(), Catalog.type(c, version),
                sources, Catalog.notes(c, version), Catalog.state(c, version), Catalog.certification(c, version));
        Election election = Assembler.election(Snapshot.read(c, e.id(), version), header);
        return new StoredElection(info, election);
    }

    List<TallyDiff> diff(long before, long after) throws SQLException {
        ElectionRow a = Catalog.electionOf(c, checkedVersion(before, Optional.empty())).orElseThrow();
        ElectionRow b = Catalog.electionOf(c, checkedVersion(after, Optional.empty())).orElseThrow();
        if (a.id() != b.id()) {
            throw StoreException.badReference(store + ": versions " + before + " and " + after
                    + " are of different elections (" + a.key() + ", " + b.key() + ")");
        }
        return new Differ(Snapshot.read(c, a.id(), Math.max(before, after))).diff(c, a.id(), before, after);
    }

    /** Names the tallies that differ, using the dictionaries as of the later version (gone entries included). */
    private record Differ(Map<Long, Entry<ContestRow>> contests, Map<Long, Entry<Choice>> choices,
            Map<Long, Entry<ReportingUnit>> units, Map<Long, Entry<VoteType>> voteTypes) {

        Differ(Snapshot s) {
            this(s.contests().byId(), s.choices().byId(), s.units().byId(), s.voteTypes().byId());
        }

        List<TallyDiff> diff(Connection c, int election, long before, long after) throws SQLException {
            List<TallyDiff> out = new java.util.ArrayList<>();
            boolean forward = before <= after;
            KeyedState.scan(c, KeyedTable.TALLIES, election, Math.min(before, after), Math.max(before, after),
                    (key, pa, va, pb, vb) -> {
                        OptionalLong lo = pa == Positions.NONE ? OptionalLong.empty() : OptionalLong.of(va);
                        OptionalLong hi = pb == Positions.NONE ? OptionalLong.empty() : OptionalLong.of(vb);
                        if (!lo.equals(hi)) {
                            out.add(named(key, forward ? lo : hi, forward ? hi : lo));
                        }
                    });
            return out;
        }

        private TallyDiff named(long key, OptionalLong before, OptionalLong after) {
            int contest = PackedKeys.tallyContest(key);
            return new TallyDiff(units.get((long) PackedKeys.tallyUnit(key)).value().id(),
                    contests.get((long) contest).value().name(),
                    choices.get(((long) contest << 32) | PackedKeys.tallyChoice(key)).value().name(),
                    voteTypes.get((long) PackedKeys.voteType(key)).value().label(), before, after);
        }
    }
}
