package org.bellwether.server.watch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One results file of a feed's snapshot.
 *
 * @param local  where its bytes are on this machine, for the readers
 * @param origin where it was published (a URL or the watched file), recorded as the version's source
 */
public record FeedFile(Path local, String origin) {

    public FeedFile {
        Objects.requireNonNull(local, "local file");
        Objects.requireNonNull(origin, "origin");
    }
}
