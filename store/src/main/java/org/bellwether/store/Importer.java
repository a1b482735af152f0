package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Election;
import org.bellwether.core.Source;
import org.bellwether.store.Catalog.ElectionRow;
import org.bellwether.store.Catalog.Provenance;

/**
 * One import, in one transaction: take the import lock, find or create the election, stop if the newest version
 * has the same bytes and content, else write the changes and the version row and commit. Until the commit no
 * other connection sees any of it; a crash before it leaves nothing behind.
 */
final class Importer {

    private final Connection c;
    private final Database db;
    private final ImportProgress progress;

    Importer(Connection c, Database db, ImportProgress progress) {
        this.c = c;
        this.db = db;
        this.progress = progress;
    }

    ImportResult run(Election e, String software, Clock clock) throws SQLException {
        String digest = ContentDigest.of(e);
        return inTransaction(() -> attempt(e, new Provenance(clock.instant(), software, digest)));
    }

    /** Stores cast-vote records as a version of their election, whole, unless the newest such version is the same. */
    ImportResult run(CastVoteRecordImport cvrs, String software, Clock clock) throws SQLException {
        PackedBallots packed = PackedBallots.of(cvrs);
        return inTransaction(() -> attempt(cvrs, packed, new Provenance(clock.instant(), software, packed.digest)));
    }

    @FunctionalInterface
    private interface Attempt {
        ImportResult run() throws SQLException;
    }

    private ImportResult inTransaction(Attempt attempt) throws SQLException {
        try {
            ImportResult result = attempt.run();
            if (result instanceof ImportResult.Created created) {
                db.announce(c, created.version().number());
            }
            c.commit();
            return result;
        } catch (SQLException | RuntimeException ex) {
            // SQLite ends the transaction itself on some failures (a full disk): the rollback then fails too, and
            // its "no transaction is active" must not hide what went wrong.
            try {
                c.rollback();
            } catch (SQLException rollback) {
                ex.addSuppressed(rollback);
            }
            throw ex;
        }
    }

    private ImportResult attempt(Election e, Provenance p) throws SQLException {
        Catalog.lock(c);
        String key = ElectionKey.of(e.name(), e.date());
        Optional<ElectionRow> known = Catalog.election(c, key);
        ElectionRow election = known.isPresent() ? known.get() : Catalog.createElection(c, key, e);
        OptionalLong latest = Catalog.latest(c, election.id(), Long.MAX_VALUE);
        if (latest.isPresent() && sameAs(latest.getAsLong(), e, p.digest())) {
            return new ImportResult.Unchanged(Catalog.info(c, latest.getAsLong()).orElseThrow());
        }
        long version = Catalog.nextVersion(c);
        Snapshot previous = latest.isPresent() ? Snapshot.read(c, election.id(), latest.getAsLong())
                : Snapshot.empty();
        long changes = new VersionWriter(c, election.id(), version, progress).write(previous, e);
        Catalog.insert(c, version, election.id(), e, p, changes);
        return new ImportResult.Created(Catalog.info(c, version).orElseThrow(), latest.orElse(0));
    }

    private ImportResult attempt(CastVoteRecordImport cvrs, PackedBallots packed, Provenance p) throws SQLException {
        Catalog.lock(c);
        String key = ElectionKey.of(cvrs.electionName(), cvrs.date());
        Optional<ElectionRow> known = Catalog.election(c, key);
        ElectionRow election = known.isPresent() ? known.get()
                : Catalog.createElection(c, key, cvrs.electionName(), cvrs.date());
        Optional<Long> latest = CvrTables.latest(c, election.id());
        if (latest.isPresent() && sameAs(latest.get(), cvrs.sources(), p.digest())) {
            return new ImportResult.Unchanged(Catalog.info(c, latest.get()).orElseThrow());
        }
        long version = Catalog.nextVersion(c);
        Catalog.insertCastVoteRecords(c, version, election.id(), cvrs, p, 0);
        long rows = CvrTables.write(c, version, cvrs, packed, new Batch.Counter(progress));
        Sql.update(c, "UPDATE election_version SET change_count = ? WHERE version = ?",
                (int) Math.min(Integer.MAX_VALUE, rows), version);
        return new ImportResult.Created(Catalog.info(c, version).orElseThrow(), latest.orElse(0L));
    }

    /** The same files (by their hashes, in any order) read into the same content. */
    private boolean sameAs(long version, Election e, String digest) throws SQLException {
        return sameAs(version, e.sources(), digest);
    }

    private boolean sameAs(long version, List<Source> sources, String digest) throws SQLException {
        if (!Catalog.contentDigest(c, version).equals(digest)) {
            return false;
        }
        List<String> stored = Catalog.info(c, version).orElseThrow().sources().stream().map(StoredSource::sha256)
                .sorted().toList();
        return stored.equals(sources.stream().map(Source::sha256).sorted().toList());
    }
}
