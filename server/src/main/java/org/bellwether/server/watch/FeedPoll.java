package org.bellwether.server.watch;

import java.util.List;
import java.util.Objects;

/** What one look at a feed found. */
public sealed interface FeedPoll permits FeedPoll.Same, FeedPoll.Fresh, FeedPoll.Skipped {

    /** Nothing new since the snapshot last accepted or refused. */
    record Same() implements FeedPoll {
    }

    /**
     * A snapshot not seen before.
     *
     * @param label what identifies it in log lines: a Clarity version number, or a folder's file names
     * @param marker what the feed compares later polls with once it is accepted or refused
     * @param files  its results files
     */
    record Fresh(String label, String marker, List<FeedFile> files) implements FeedPoll {
        public Fresh {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(marker, "marker");
            files = List.copyOf(files);
        }
    }

    /** Something was there but is not to be read now (a lower version, a file still being written, a failed fetch). */
    record Skipped(String reason) implements FeedPoll {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
