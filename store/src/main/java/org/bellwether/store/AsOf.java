package org.bellwether.store;

import java.time.Instant;
import java.util.Objects;

/** Which state of an election to read: the newest, a version, or the newest version imported by a time. */
public sealed interface AsOf permits AsOf.Latest, AsOf.Version, AsOf.Time {

    AsOf LATEST = new Latest();

    record Latest() implements AsOf {
    }

    /** @param number a version number as {@code bellwether versions} lists it */
    record Version(long number) implements AsOf {
        public Version {
            if (number < 1) {
                throw new IllegalArgumentException("version numbers start at 1, not " + number);
            }
        }
    }

    /** @param instant the last version imported at or before this instant */
    record Time(Instant instant) implements AsOf {
        public Time {
            Objects.requireNonNull(instant, "as-of instant");
        }
    }
}
