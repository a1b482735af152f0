package org.bellwether.server.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.store.ResultsStore;

/** A watcher in a process of its own, for {@link WatcherKillTest} to kill: {@code STORE FOLDER}. */
public final class WatchChild {

    private WatchChild() {
    }

    public static void main(String[] args) {
        try (ResultsStore store = ResultsStore.open(args[0])) {
            Watcher w = new Watcher(Watcher.feeds(List.of(args[1]), "bellwether 0.1.0", Duration.ofSeconds(5),
                    Path.of(args[1]).resolveSibling("cache")), Readers.standard(), ReadOptions.DEFAULT, store,
                    "bellwether 0.1.0", Clock.systemUTC(), line -> {
                        System.out.println(line);
                        System.out.flush();
                    });
            w.run(Duration.ofMillis(20), () -> false);
        }
    }
}
