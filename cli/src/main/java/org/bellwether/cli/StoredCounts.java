package org.bellwether.cli;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Source;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.store.StoredCastVoteRecords;
import org.bellwether.store.StoredSource;

/** A stored version of cast-vote records, made countable again: its configuration and the inputs it came from. */
final class StoredCounts {

    private StoredCounts() {
    }

    /** The configuration the version was stored with, read from the text the store keeps. */
    static RctabConfig config(StoredCastVoteRecords stored) {
        List<StoredSource> sources = stored.version().sources();
        String name = sources.isEmpty() ? "configuration" : Path.of(sources.get(0).path()).getFileName().toString();
        return RctabConfigReader.read(name, Path.of("."), stored.ruleConfig());
    }

    /** The files the version was read from: its configuration, then its cast-vote records. */
    static List<Source> sources(StoredCastVoteRecords stored) {
        return stored.version().sources().stream().map(s -> new Source(s.path(), s.sha256(), s.reader())).toList();
    }
}
