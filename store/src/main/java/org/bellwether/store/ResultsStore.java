package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.Election;

/**
 * Versioned election results in a relational database: an SQLite file (the default: nothing to install) or a
 * PostgreSQL database (shared by several readers and writers). Every import is a new, append-only version of
 * its election, stored as what changed against the previous one; any earlier version can be read back whole.
 *
 * <p>One instance holds one connection and is not thread-safe; open one per thread. Every method turns database
 * failures into a {@link StoreException} that names the store.
 */
public final class ResultsStore implements AutoCloseable {

    private final Database db;
    private final Connection connection;

    private ResultsStore(Database db, Connection connection) {
        this.db = db;
        this.connection = connection;
    }

    /** Opens the store at {@code spec} (a file path or a {@code postgresql://} URL), creating it when missing. */
    public static ResultsStore open(String spec) {
        return open(spec, true);
    }

    /** Opens an existing store: a missing SQLite file is a {@link StoreException.Kind#BAD_REFERENCE}, not made. */
    public static ResultsStore openExisting(String spec) {
        return open(spec, false);
    }

    private static ResultsStore open(String spec, boolean create) {
        Database db = Database.of(Objects.requireNonNull(spec, "store location"));
        db.checkBeforeOpen(create);
        try {
            Schema.prepare(db, create);
        } catch (SQLException e) {
            throw StoreException.unusable(db.describe() + ": cannot open the results store: "
                    + Failures.explain(e), e);
        }
        return new ResultsStore(db, Failures.connect(db));
    }

    /** The short key an election is stored under, e.g. {@code 2017-06-20-june-20-2017-special-election-runoff}. */
    public static String electionKey(Election election) {
        return ElectionKey.of(election.name(), election.date());
    }

    /** The store as messages name it: a path, or a PostgreSQL address without its password. */
    public String describe() {
        return db.describe();
    }

    public ImportResult importElection(Election election, String software, Clock clock) {
        return importElection(election, software, clock, ImportProgress.NONE);
    }

    /**
     * Stores {@code election} as a new version, unless its newest version has the same bytes and content. An
     * election without a single tally is refused: stored, it would be a version that "differs" from every other.
     */
    public ImportResult importElection(Election election, String software, Clock clock, ImportProgress progress) {
        if (election.tallies().size() == 0) {
            throw new IllegalArgumentException("an election with no tallies is never stored as a version");
        }
        return write(() -> new Importer(connection, db, progress).run(election, software, clock));
    }

    /**
     * Declares, in one transaction, a call or a certification of a contest of the election's newest version: a
     * call names one of its choices; a contest has at most one standing call and one standing certification.
     *
     * @throws StoreException     {@code BAD_REFERENCE} for an unknown election, contest or choice, {@code CONFLICT}
     *                            when one of the same kind is standing
     * @throws IllegalArgumentException when {@code by} or {@code reason} is empty, too long or holds control characters
     */
    public Declaration declare(String electionKey, String contest, Declaration.What what, String by, String reason,
            Clock clock) {
        if (what instanceof Declaration.Retraction) {
            throw new IllegalArgumentException("a retraction is made with retract(), which names what it retracts");
        }
        Objects.requireNonNull(contest, "contest");
        return write(() -> new Declarations(connection, db).declare(electionKey, Optional.of(contest), what, by,
                reason, clock));
    }

    /** Retracts the standing declaration {@code id} of the election; the retraction is stored beside it. */
    public Declaration retract(String electionKey, long id, String by, String reason, Clock clock) {
        return write(() -> new Declarations(connection, db).declare(electionKey, Optional.empty(),
                new Declaration.Retraction(id), by, reason, clock));
    }

    /** Every declaration of the election, or of every election when none is named, oldest first. */
    public List<Declaration> declarations(Optional<String> electionKey) {
        return read(r -> new Declarations(connection, db).list(electionKey));
    }

    /**
     * Stores the cast-vote records of a ranked-choice contest as a new version of their election, unless the
     * election's newest version of cast-vote records has the same files and the same ballots. All of it is one
     * transaction: a failure stores nothing.
     */
    public ImportResult importCastVoteRecords(CastVoteRecordImport cvrs, String software, Clock clock) {
        if (cvrs.ballots().ballots() == 0) {
            throw new IllegalArgumentException("cast-vote records without a ballot are never stored as a version");
        }
        return write(() -> new Importer(connection, db, ImportProgress.NONE).run(cvrs, software, clock));
    }

    /** The cast-vote records a version holds, read back whole; a version of results is a bad reference. */
    public StoredCastVoteRecords castVoteRecords(long version) {
        return read(r -> {
            VersionInfo info = Catalog.info(connection, version).orElseThrow(() -> StoreException.badReference(
                    db.describe() + ": no version " + version));
            if (!CvrTables.holds(connection, version)) {
                throw StoreException.badReference(db.describe() + ": version " + version + " holds results, not"
                        + " cast-vote records");
            }
            return CvrTables.read(connection, info, db.describe());
        });
    }

    /** Every version of the election, or of every election when none is named, oldest first. */
    public List<VersionInfo> versions(Optional<String> electionKey) {
        return read(r -> electionKey.isEmpty() ? Catalog.versions(connection, "")
                : Catalog.versions(connection, " WHERE v.election_id = ?", r.election(electionKey).id()));
    }

    /** Every tally whose votes differ between two versions of one election, in a stable order. */
    public List<TallyDiff> diff(long before, long after) {
        return read(r -> r.diff(before, after));
    }

    /** The election as it stood at {@code asOf}; the key may be left out when the store holds one election. */
    public StoredElection load(Optional<String> electionKey, AsOf asOf) {
        return read(r -> r.load(r.resolve(electionKey, asOf)));
    }

    /** The version {@code asOf} stands for, without reading the election. */
    public VersionInfo resolve(Optional<String> electionKey, AsOf asOf) {
        return read(r -> Catalog.info(connection, r.resolve(electionKey, asOf)).orElseThrow());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Reading reading) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try {
            db.configure(connection, false);
            try {
                return work.run(new Reading(connection, db.describe()));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw Failures.wrap(db, e);
        }
    }

    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    private <T> T write(Write<T> work) {
        try {
            db.configure(connection, true);
            return work.run();
        } catch (SQLException e) {
            throw Failures.wrap(db, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw Failures.wrap(db, e);
        }
    }
}
