package org.bellwether.server.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.bellwether.core.Election;
import org.bellwether.core.Source;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.StoreException;

/**
 * Follows feeds and imports each new snapshot into the store, all feeds read as one election (a district's county
 * sites, or a folder of county files). A fresh snapshot that cannot be read is refused with one log line and the
 * feed's previous snapshot stays in use, so the store's newest version stays live. The
 * import is the store's one transaction, so a watcher killed at any moment leaves whole versions only; started
 * again, it finds the same bytes in the store and stores nothing.
 */
public final class Watcher {

    private final List<Feed> feeds;
    private final Readers readers;
    private final ReadOptions options;
    private final ResultsStore store;
    private final String software;
    private final Clock clock;
    private final Consumer<String> log;
    private final Map<Feed, List<FeedFile>> current = new HashMap<>();
    private final Map<Feed, String> lastSkip = new HashMap<>();

    public Watcher(List<Feed> feeds, Readers readers, ReadOptions options, ResultsStore store, String software,
            Clock clock, Consumer<String> log) {
        this.feeds = List.copyOf(feeds);
        this.readers = Objects.requireNonNull(readers, "readers");
        this.options = Objects.requireNonNull(options, "read options");
        this.store = Objects.requireNonNull(store, "store");
        this.software = Objects.requireNonNull(software, "software");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        if (this.feeds.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch: give at least one feed");
        }
        List<String> stored = store.versions(Optional.empty()).stream()
                .flatMap(v -> v.sources().stream().map(org.bellwether.store.StoredSource::path)).toList();
        for (Feed feed : this.feeds) {
            if (feed instanceof ClaritySite site) {
                site.resume(stored);
            }
        }
    }

    /**
     * The feeds a user names: an {@code http://} or {@code https://} URL is a Clarity site (its root, where
     * {@code current_ver.txt} is), anything else a folder.
     */
    public static List<Feed> feeds(List<String> specs, String software, Duration timeout, Path cache) {
        FeedHttp http = new FeedHttp(software, timeout, Duration.ofMillis(500));
        List<Feed> feeds = new ArrayList<>();
        for (String spec : specs) {
            if (spec.startsWith("http://") || spec.startsWith("https://")) {
                feeds.add(new ClaritySite(java.net.URI.create(spec), http, cache));
            } else {
                feeds.add(new ResultsFolder(Path.of(spec)));
            }
        }
        return feeds;
    }

    /** Rounds every {@code every} until {@code stop} says so. */
    public void run(Duration every, BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            round();
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One look at every feed, and an import when any has a fresh snapshot that reads. */
    public Optional<ImportResult> round() {
        Map<Feed, FeedPoll.Fresh> fresh = new LinkedHashMap<>();
        for (Feed feed : feeds) {
            switch (feed.poll()) {
                case FeedPoll.Same same -> lastSkip.remove(feed);
                case FeedPoll.Skipped skipped -> skipped(feed, skipped.reason());
                case FeedPoll.Fresh f -> {
                    lastSkip.remove(feed);
                    fresh.put(feed, f);
                }
            }
        }
        return fresh.isEmpty() ? Optional.empty() : importAll(fresh);
    }

    private void skipped(Feed feed, String reason) {
        if (!reason.equals(lastSkip.put(feed, reason))) {
            log.accept("watch: " + feed.describe() + ": " + reason);
        }
    }

    /**
     * Reads every feed's files as one election (the fresh snapshots and the others' current ones). Only when that
     * fails and several snapshots are fresh is each read alone, to refuse just the broken ones and try the rest.
     */
    private Optional<ImportResult> importAll(Map<Feed, FeedPoll.Fresh> fresh) {
        Election election;
        List<FeedFile> files = files(fresh);
        try {
            election = withState(withOrigins(readers.read(locals(files), options), files));
        } catch (InputException | java.io.UncheckedIOException e) {
            if (fresh.size() == 1) {
                refuse(fresh.keySet().iterator().next(), fresh.values().iterator().next(), e);
                return Optional.empty();
            }
            fresh.entrySet().removeIf(f -> !readable(f.getKey(), f.getValue()));
            return fresh.isEmpty() ? Optional.empty() : importAll(fresh);
        }
        return store(election, fresh);
    }

    private List<FeedFile> files(Map<Feed, FeedPoll.Fresh> fresh) {
        List<FeedFile> files = new ArrayList<>();
        for (Feed feed : feeds) {
            FeedPoll.Fresh f = fresh.get(feed);
            files.addAll(f != null ? f.files() : current.getOrDefault(feed, List.of()));
        }
        return files;
    }

    private boolean readable(Feed feed, FeedPoll.Fresh f) {
        try {
            readers.read(locals(f.files()), options);
            return true;
        } catch (InputException | java.io.UncheckedIOException e) {
            refuse(feed, f, e);
            return false;
        }
    }

    private void refuse(Feed feed, FeedPoll.Fresh f, RuntimeException e) {
        log.accept("watch: " + feed.describe() + ": refused " + f.label() + ": " + e.getMessage()
                + "; the previous version stays live");
        feed.refuse(f);
    }

    private Optional<ImportResult> store(Election election, Map<Feed, FeedPoll.Fresh> fresh) {
        String labels = String.join("; ", fresh.entrySet().stream()
                .map(e -> e.getKey().describe() + " " + e.getValue().label()).toList());
        try {
            ImportResult result = store.importElection(election, software, clock);
            log.accept("watch: " + labels + ": " + describe(result));
            fresh.forEach((feed, f) -> {
                feed.accept(f);
                current.put(feed, f.files());
            });
            return Optional.of(result);
        } catch (StoreException e) {
            log.accept("watch: " + labels + ": not stored, tried again next round: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Path> locals(List<FeedFile> files) {
        return files.stream().map(FeedFile::local).toList();
    }

    /** The election with each source named by where it was published rather than by the cache it was read from. */
    private static Election withOrigins(Election e, List<FeedFile> files) {
        Map<String, String> origin = new HashMap<>();
        files.forEach(f -> origin.put(f.local().toString(), f.origin()));
        List<Source> sources = e.sources().stream()
                .map(s -> new Source(origin.getOrDefault(s.path(), s.path()), s.sha256(), s.reader())).toList();
        return new Election(e.name(), e.date(), e.type(), e.contests(), e.units(), e.voteTypes(), e.tallies(),
                e.statistics(), sources, e.notes(), e.state(), e.certification());
    }

    /**
     * The state the files give, else the one state every feed's address that names one names (a county's Clarity
     * file says only {@code Cobb}); feeds that disagree decide nothing.
     */
    private Election withState(Election e) {
        if (e.state().isPresent()) {
            return e;
        }
        List<String> named = feeds.stream().flatMap(f -> f.state().stream()).distinct().toList();
        return named.size() == 1 ? e.withState(named.get(0)) : e;
    }

    private static String describe(ImportResult result) {
        return switch (result) {
            case ImportResult.Created c -> "stored version " + c.version().number() + " of "
                    + c.version().electionKey() + " (" + c.version().tallies() + " tallies, " + c.version().changes()
                    + " rows changed)";
            case ImportResult.Unchanged u -> "unchanged: the same bytes as version " + u.version().number();
        };
    }
}
