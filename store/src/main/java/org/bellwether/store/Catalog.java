package org.bellwether.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionType;
import org.bellwether.core.Source;

/** The elections and versions a store holds: the small tables beside the change tables. */
final class Catalog {

    private static final String VERSION_COLUMNS = "SELECT v.version, e.election_key, v.name, v.imported_at_ms,"
            + " v.software, v.tally_count, v.change_count, c.ballot_count FROM election_version v"
            + " JOIN election e ON e.election_id = v.election_id LEFT JOIN cvr_version c ON c.version = v.version";

    /** @param date the ISO date, or null */
    record ElectionRow(int id, String key, String name, String date) {
        Optional<LocalDate> localDate() {
            return Optional.ofNullable(date).map(LocalDate::parse);
        }
    }

    private Catalog() {
    }

    /** Serialises imports: the row lock is held until the import commits or rolls back. */
    static void lock(Connection c) throws SQLException {
        Sql.update(c, "UPDATE import_lock SET imports = imports + 1 WHERE id = ?", 1);
    }

    static Optional<ElectionRow> election(Connection c, String key) throws SQLException {
        return Sql.list(c, "SELECT election_id, election_key, name, election_date FROM election WHERE election_key = ?",
                Catalog::electionRow, key).stream().findFirst();
    }

    static Optional<ElectionRow> electionOf(Connection c, long version) throws SQLException {
        return Sql.list(c, "SELECT e.election_id, e.election_key, e.name, e.election_date FROM election e"
                + " JOIN election_version v ON v.election_id = e.election_id WHERE v.version = ?",
                Catalog::electionRow, version).stream().findFirst();
    }

    static List<ElectionRow> elections(Connection c) throws SQLException {
        return Sql.list(c, "SELECT election_id, election_key, name, election_date FROM election"
                + " ORDER BY election_id", Catalog::electionRow);
    }

    private static ElectionRow electionRow(ResultSet rs) throws SQLException {
        return new ElectionRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    static ElectionRow createElection(Connection c, String key, Election e) throws SQLException {
        return createElection(c, key, e.name(), e.date());
    }

    static ElectionRow createElection(Connection c, String key, String name, Optional<LocalDate> day)
            throws SQLException {
        int id = (int) Sql.number(c, "SELECT MAX(election_id) FROM election").orElse(0) + 1;
        String date = day.map(LocalDate::toString).orElse(null);
        Sql.update(c, "INSERT INTO election (election_id, election_key, name, election_date) VALUES (?, ?, ?, ?)",
                id, key, name, date);
        return new ElectionRow(id, key, name, date);
    }

    /** The election's newest version at or below {@code upTo}. */
    static OptionalLong latest(Connection c, int election, long upTo) throws SQLException {
        return Sql.number(c, "SELECT MAX(version) FROM election_version WHERE election_id = ? AND version <= ?",
                election, upTo);
    }

    /** The election's newest version imported at or before {@code instant}. */
    static OptionalLong latestAt(Connection c, int election, Instant instant) throws SQLException {
        return Sql.number(c, "SELECT MAX(version) FROM election_version WHERE election_id = ? AND imported_at_ms <= ?",
                election, instant.toEpochMilli());
    }

    static long nextVersion(Connection c) throws SQLException {
        return Sql.number(c, "SELECT MAX(version) FROM election_version").orElse(0) + 1;
    }

    static String contentDigest(Connection c, long version) throws SQLException {
        return Sql.list(c, "SELECT content_sha256 FROM election_version WHERE version = ?", rs -> rs.getString(1),
                version).get(0);
    }

    static ElectionType type(Connection c, long version) throws SQLException {
        return ElectionType.valueOf(Sql.list(c, "SELECT election_type FROM election_version WHERE version = ?",
                rs -> rs.getString(1), version).get(0));
    }

    /** The version's state; a schema-1 version has none. */
    static Optional<String> state(Connection c, long version) throws SQLException {
        return Optional.ofNullable(Sql.list(c, "SELECT state_code FROM election_version WHERE version = ?",
                rs -> rs.getString(1), version).get(0));
    }

    /** The version's certification; a schema-1 version reads as unofficial. */
    static org.bellwether.core.Certification certification(Connection c, long version) throws SQLException {
        String value = Sql.list(c, "SELECT certification FROM election_version WHERE version = ?",
                rs -> rs.getString(1), version).get(0);
        return value == null ? org.bellwether.core.Certification.UNOFFICIAL
                : org.bellwether.core.Certification.valueOf(value);
    }

    static List<String> notes(Connection c, long version) throws SQLException {
        return Sql.list(c, "SELECT note FROM version_note WHERE version = ? ORDER BY position", rs -> rs.getString(1),
                version);
    }

    static Optional<VersionInfo> info(Connection c, long version) throws SQLException {
        return versions(c, " WHERE v.version = ?", version).stream().findFirst();
    }

    static List<VersionInfo> versions(Connection c, String where, Object... params) throws SQLException {
        List<VersionRow> rows = Sql.list(c, VERSION_COLUMNS + where + " ORDER BY v.version", rs -> new VersionRow(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7), rs.getLong(8)), params);
        List<VersionInfo> out = new ArrayList<>();
        for (VersionRow r : rows) {
            out.add(new VersionInfo(r.number(), r.key(), r.name(), Instant.ofEpochMilli(r.importedAtMs()),
                    r.software(), sources(c, r.number()), r.tallies(), r.changes(), r.ballots()));
        }
        return out;
    }

    private record VersionRow(long number, String key, String name, long importedAtMs, String software, int tallies,
            int changes, long ballots) {
    }

    /** Adds a version's own rows; its change rows are written before, in the same transaction. */
    static void insert(Connection c, long version, int election, Election e, Provenance p, long changes)
            throws SQLException {
        Sql.update(c, "INSERT INTO election_version (version, election_id, imported_at_ms, software, content_sha256,"
                + " name, election_type, tally_count, change_count, state_code, certification)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", version,
                election, p.importedAt().toEpochMilli(), p.software(), p.digest(), e.name(), e.type().name(),
                e.tallies().size(), (int) Math.min(Integer.MAX_VALUE, changes), e.state().orElse(null),
                e.certification().name());
        insertSources(c, version, e.sources());
        for (int i = 0; i < e.notes().size(); i++) {
            Sql.update(c, "INSERT INTO version_note (version, position, note) VALUES (?, ?, ?)", version, i,
                    e.notes().get(i));
        }
    }

    /** A version of cast-vote records: no tallies; its ballots are in the cvr_ tables, written before it. */
    static void insertCastVoteRecords(Connection c, long version, int election, CastVoteRecordImport cvrs,
            Provenance p, long changes) throws SQLException {
        Sql.update(c, "INSERT INTO election_version (version, election_id, imported_at_ms, software, content_sha256,"
                + " name, election_type, tally_count, change_count, state_code, certification)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", version, election, p.importedAt().toEpochMilli(),
                p.software(), p.digest(), cvrs.electionName(), ElectionType.fromName(cvrs.electionName()).name(), 0,
                (int) Math.min(Integer.MAX_VALUE, changes), null, org.bellwether.core.Certification.UNOFFICIAL.name());
        insertSources(c, version, cvrs.sources());
    }

    private static void insertSources(Connection c, long version, List<Source> sources) throws SQLException {
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            Sql.update(c, "INSERT INTO version_source (version, position, path, sha256, reader) VALUES (?, ?, ?, ?, ?)",
                    version, i, s.path(), s.sha256(), s.reader());
        }
    }

    /** Who imported a version, when, and the digest of its content. */
    record Provenance(Instant importedAt, String software, String digest) {
    }

    private static List<StoredSource> sources(Connection c, long version) throws SQLException {
        return Sql.list(c, "SELECT path, sha256, reader FROM version_source WHERE version = ? ORDER BY position",
                rs -> new StoredSource(rs.getString(1), rs.getString(2), rs.getString(3)), version);
    }
}
