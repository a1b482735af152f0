package org.bellwether.cli;

import java.io.IOException;
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

    /**
     * Writes RCTab's normalised export of the version, as its files give it (the sources named as the configuration
     * writes them); a version stored before schema 5 holds no RCTab ids of its ballots, which is said.
     */
    static int writeExport(StoredCastVoteRecords stored, Path out, picocli.CommandLine cl) throws IOException {
        if (!stored.rctabIds()) {
            throw new picocli.CommandLine.ParameterException(cl, "--format rctab-cvr --as-of "
                    + stored.version().number() + ": version " + stored.version().number() + " was stored before"
                    + " schema 5 and holds no RCTab ids of its ballots (source, RCTab id, vendor id, precinct"
                    + " portion); import its files again to store a version that has them");
        }
        return RankedCount.writeExport(config(stored), Path.of("."), stored.ballots(), List.of(), out, cl.getOut());
    }

    /** The files the version was read from: its configuration, then its cast-vote records. */
    static List<Source> sources(StoredCastVoteRecords stored) {
        return stored.version().sources().stream().map(s -> new Source(s.path(), s.sha256(), s.reader())).toList();
    }
}
