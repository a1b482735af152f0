package org.bellwether.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.server.watch.Watcher;
import org.bellwether.store.ResultsStore;

/** A store filled by the watcher from the replayed GA-06 night, versions 1 to {@code upTo}, an hour apart. */
public final class NightStore {

    private NightStore() {
    }

    public static List<String> fill(String storeSpec, FeedServer server, int upTo, Path cache) {
        ElectionNight night = new ElectionNight(server);
        List<String> log = new ArrayList<>();
        try (ResultsStore store = ResultsStore.open(storeSpec)) {
            for (int v = 1; v <= upTo; v++) {
                Clock clock = Clock.fixed(Instant.parse("2017-06-21T00:40:00Z").plus(Duration.ofHours(v - 1)),
                        ZoneOffset.UTC);
                Watcher w = new Watcher(Watcher.feeds(night.sites(), "bellwether 0.1.0", Duration.ofSeconds(5),
                        cache), Readers.standard(), ReadOptions.DEFAULT, store, "bellwether 0.1.0", clock, log::add);
                night.publish(v);
                w.round();
            }
        }
        return log;
    }

    /** Imports what the feed server publishes now, as one more round of a fresh watcher. */
    public static void importPublished(String storeSpec, FeedServer server, int v, Path cache) {
        ElectionNight night = new ElectionNight(server);
        try (ResultsStore store = ResultsStore.open(storeSpec)) {
            new Watcher(Watcher.feeds(night.sites(), "bellwether 0.1.0", Duration.ofSeconds(5), cache),
                    Readers.standard(), ReadOptions.DEFAULT, store, "bellwether 0.1.0", Clock.systemUTC(), l -> { })
                    .round();
        }
    }

    /** The key of the store's only election. */
    public static String key(String storeSpec) {
        try (ResultsStore store = ResultsStore.openExisting(storeSpec)) {
            return store.versions(java.util.Optional.empty()).get(0).electionKey();
        }
    }
}
