package org.bellwether.server;

import org.bellwether.render.ContestView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bellwether.core.Election;
import org.bellwether.store.AsOf;
import org.bellwether.store.Declaration;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.StoredElection;
import org.bellwether.store.TallyDiff;
import org.bellwether.store.VersionInfo;

/**
 * What the server serves, made from the store: the newest version of each election (rebuilt when the store
 * announces a new one), and earlier versions on demand, each built once into its response bodies. The store is
 * read through one connection, one caller at a time; requests are answered from what is built.
 */
final class Publisher {

    /** Earlier versions kept built; a night has tens of versions, each a few hundred KiB built. */
    static final int CACHED_VERSIONS = 256;

    /**
     * The bytes of precincts' (batches') bodies held, over every version: about a dozen versions of Minneapolis
     * 2013's 117 precincts (4.7 MB each). The versions themselves hold only the listing of their slices.
     */
    static final long SLICE_BYTES = 64L << 20;

    private final ResultsStore store;
    private final ContestRules rules;
    private final boolean testData;
    private final Map<String, Published> latest = new ConcurrentHashMap<>();
    private final Recent<Long, Published> built = new Recent<>(CACHED_VERSIONS);
    private final Recent<String, Published> declaredAt = new Recent<>(CACHED_VERSIONS);
    private final Map<String, List<Declaration>> declared = new ConcurrentHashMap<>();
    private final List<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();
    private final DateTimeFormatter time;
    private final SliceBodies sliceBodies;

    Publisher(ResultsStore store, ContestRules rules, boolean testData, DateTimeFormatter time) {
        this(store, rules, testData, time, SLICE_BYTES);
    }

    /** {@code sliceBytes}: the budget of precincts' (batches') bodies held. */
    Publisher(ResultsStore store, ContestRules rules, boolean testData, DateTimeFormatter time, long sliceBytes) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.testData = testData;
        this.time = Objects.requireNonNull(time, "time");
        this.sliceBodies = new SliceBodies(sliceBytes);
    }

    void subscribe(Consumer<Published> listener) {
        listeners.add(listener);
    }

    /**
     * Looks at the store's newest versions and declarations, and rebuilds and announces each election that has a
     * newer version or a newer declaration.
     */
    synchronized void refresh() {
        Map<String, VersionInfo> newest = new LinkedHashMap<>();
        for (VersionInfo v : versions(Optional.empty())) {
            newest.put(v.electionKey(), v);
        }
        Map<String, List<Declaration>> all = new LinkedHashMap<>();
        for (Declaration d : store.declarations(Optional.empty())) {
            all.computeIfAbsent(d.electionKey(), k -> new ArrayList<>()).add(d);
        }
        newest.forEach((key, v) -> {
            List<Declaration> ds = List.copyOf(all.getOrDefault(key, List.of()));
            long through = ds.isEmpty() ? 0 : ds.getLast().id();
            Published now = latest.get(key);
            if (now == null || now.number() < v.number() || now.through() < through) {
                declared.put(key, ds);
                Published p = declare(at(key, v.number()).orElseThrow(), ds, through);
                latest.put(key, p);
                listeners.forEach(l -> l.accept(p));
            }
        });
    }

    /** The election's declarations known so far, oldest first. */
    List<Declaration> declarations(String key) {
        return declared.getOrDefault(key, List.of());
    }

    /**
     * Version {@code number} with the election's declarations up to {@code through} beside it: fixed once both
     * are, since both are append-only. Empty unless {@code through} is 0 or one of the election's declarations
     * known here.
     */
    Optional<Published> at(String key, long number, long through) {
        List<Declaration> known = declarations(key);
        if (through != 0 && known.stream().noneMatch(d -> d.id() == through)) {
            return Optional.empty();
        }
        Optional<Published> counted = at(key, number);
        if (counted.isEmpty()) {
            return counted;
        }
        Published p = declaredAt.computeIfAbsent(number + ":" + through, k -> declare(counted.get(),
                known.stream().filter(d -> d.id() <= through).toList(), through));
        return Optional.of(p);
    }

    private Published declare(Published counted, List<Declaration> ds, long through) {
        List<ContestView> views = counted.contests().stream().map(c -> Declared.apply(c, ds, through, time)).toList();
        return publish(counted.version(), counted.date(), views, counted.contestDigests(), OptionalLong.of(through),
                counted.sliceRounds());
    }

    Optional<Published> latest(String key) {
        return Optional.ofNullable(latest.get(key));
    }

    List<Published> latestAll() {
        List<Published> all = new ArrayList<>(latest.values());
        all.sort(java.util.Comparator.comparing(Published::key));
        return all;
    }

    /** The election at version {@code number}, when that version is of that election. */
    Optional<Published> at(String key, long number) {
        Published p = built.get(number);
        if (p == null) {
            Optional<StoredElection> stored = load(key, number);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            p = build(stored.get());
            built.put(number, p);
        }
        return p.key().equals(key) ? Optional.of(p) : Optional.empty();
    }

    synchronized List<VersionInfo> versions(Optional<String> key) {
        return store.versions(key);
    }

    synchronized List<TallyDiff> diff(long before, long after) {
        return store.diff(before, after);
    }

    private synchronized org.bellwether.store.StoredCastVoteRecords castVoteRecords(long number) {
        return store.castVoteRecords(number);
    }

    private synchronized Optional<StoredElection> load(String key, long number) {
        try {
            StoredElection s = store.load(Optional.of(key), new AsOf.Version(number));
            return s.version().number() == number ? Optional.of(s) : Optional.empty();
        } catch (org.bellwether.store.StoreException e) {
            if (e.kind() == org.bellwether.store.StoreException.Kind.BAD_REFERENCE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Published build(StoredElection stored) {
        Election e = stored.election();
        VersionInfo v = stored.version();
        String date = e.date().map(LocalDate::toString).orElse("");
        if (v.holdsCastVoteRecords()) {
            // no tallies: its one contest is counted from its ballots, under the rule it was stored with
            RankedFigures.Counted counted = RankedFigures.count(castVoteRecords(v.number()));
            // only the listing: the slices' bodies are built when first asked for (sliceBody)
            Map<Integer, SliceRounds> slices = counted.slices().map(kind -> Map.of(counted.view().id(),
                    SliceRounds.of(kind, counted.view(), base(v), counted.passes().get(0).slices())))
                    .orElse(Map.of());
            return publish(v, date, List.of(counted.view()), List.of(), OptionalLong.empty(), slices);
        }
        List<ContestView> views = new ArrayList<>();
        List<org.bellwether.core.Reporting> reporting = org.bellwether.core.CountReporting.of(e);
        for (int i = 0; i < e.contests().size(); i++) {
            views.add(ContestFigures.view(e, i, rules.choose(e, e.contests().get(i)), reporting.get(i)));
        }
        return publish(v, date, views, List.of(), OptionalLong.empty(), Map.of());
    }

    /**
     * The bodies of {@code views}; {@code digests} are the count's (a view with declarations keeps its count's, so
     * {@code since} says which counts changed), made here when empty; {@code slices} the precincts' (or batches')
     * rounds of the contests counted by either, which declarations do not change.
     */
    private Published publish(VersionInfo v, String date, List<ContestView> views, List<String> countDigests,
            OptionalLong through, Map<Integer, SliceRounds> slices) {
        String base = base(v);
        List<byte[]> json = new ArrayList<>();
        List<String> digests = new ArrayList<>(countDigests);
        for (ContestView c : views) {
            byte[] body = ApiJson.bytes(g -> ApiJson.contest(g, c, base, true));
            if (countDigests.isEmpty()) {
                digests.add(sha256(new String(body, StandardCharsets.UTF_8).replace(base, "")));
            }
            json.add(ApiJson.bytes(g -> {
                g.writeStartObject();
                ApiJson.header(g, v, date, testData);
                g.writeFieldName("contest");
                g.writeRawValue(new String(body, StandardCharsets.UTF_8));
                g.writeEndObject();
            }));
        }
        byte[] summary = Summary.json(v, date, testData, views, c -> true);
        Map<Integer, byte[]> rounds = new java.util.TreeMap<>();
        for (ContestView c : views) {
            c.ranked().ifPresent(r -> rounds.put(c.id(), ApiJson.bytes(g -> ApiJson.rounds(g, v, date, testData, c,
                    base, slices.get(c.id())))));
        }
        return new Published(v, date, testData, views, summary, json, digests, through, rounds, slices);
    }

    /**
     * The body of slice {@code s} of contest {@code contest} of {@code p}: from the held bodies, or from the stored
     * version counted again (the same bytes as every earlier build: the count and its writing are deterministic).
     */
    byte[] sliceBody(Published p, int contest, SliceRounds.Slice s) {
        SliceRounds listed = p.sliceRounds().get(contest);
        List<byte[]> bodies = sliceBodies.get(new SliceBodies.Key(p.number(), contest), () -> {
            RankedFigures.Counted counted = RankedFigures.count(castVoteRecords(p.number()));
            List<byte[]> all = SliceRounds.bodies(listed.kind(), p.version(), p.date(), testData, counted.view(),
                    base(p.version()), counted.passes(), counted.distinct());
            if (all.size() != listed.slices().size() || counted.view().id() != contest) {
                throw new IllegalStateException("version " + p.number() + " counted again has " + all.size()
                        + " slices of contest " + counted.view().id() + ", not the " + listed.slices().size()
                        + " of contest " + contest + " it was published with");
            }
            return all;
        });
        return bodies.get(s.id());
    }

    /** The held slices' bodies, for what they cost. */
    SliceBodies sliceBodies() {
        return sliceBodies;
    }

    /** The immutable URLs of a version begin so. */
    private static String base(VersionInfo v) {
        return "/api/v1/elections/" + v.electionKey() + "/versions/" + v.number();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
