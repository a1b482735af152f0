package org.bellwether.cli;

import org.bellwether.store.ResultsStore;
import picocli.CommandLine.Option;

/** Where the results store is: {@code --db}, else the environment's {@value #ENV}, else a file here. */
final class StoreOption {

    static final String ENV = "BELLWETHER_DB";
    static final String DEFAULT_FILE = "bellwether.db";

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "the results store: an SQLite file (default: $" + ENV + ", else " + DEFAULT_FILE
                    + " in the working directory) or postgresql://user:password@host:port/database")
    String db;

    String spec() {
        if (db != null) {
            return db;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? env : DEFAULT_FILE;
    }

    /** Opens the store, creating it when missing: for commands that write. */
    ResultsStore open() {
        return ResultsStore.open(spec());
    }

    /** Opens a store that must exist: reading never leaves an empty store file behind. */
    ResultsStore openExisting() {
        return ResultsStore.openExisting(spec());
    }
}
