package org.bellwether.store;

import java.util.Objects;
import org.bellwether.core.Election;

/** An election as it stood at one version. */
public record StoredElection(VersionInfo version, Election election) {

    public StoredElection {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(election, "election");
    }
}
