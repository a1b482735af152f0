package org.bellwether.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bellwether.store.Catalog.ElectionRow;
import org.bellwether.store.Declaration.Call;
import org.bellwether.store.Declaration.Certified;
import org.bellwether.store.Declaration.Retraction;

/**
 * The declarations table: one declaration per transaction, behind the import lock (which makes {@code MAX + 1}
 * safe and orders declarations with imports), checked against the election's newest version, announced to every
 * listener inside the transaction.
 */
final class Declarations {

    private static final String COLUMNS = "SELECT d.declaration_id, e.election_key, d.contest_name, d.kind,"
            + " d.choice_name, d.retracts, d.declared_by, d.reason, d.declared_at_ms, d.as_of_version"
            + " FROM declaration d JOIN election e ON e.election_id = d.election_id";

    private final Connection c;
    private final Database db;

    Declarations(Connection c, Database db) {
        this.c = c;
        this.db = db;
    }

    /** Stores one declaration and commits, or stores nothing. */
    Declaration declare(String electionKey, Optional<String> contest, Declaration.What what, String by,
            String reason, Clock clock) throws SQLException {
        Declaration.text("by", by, Declaration.MAX_BY);
        Declaration.text("reason", reason, Declaration.MAX_REASON);
        try {
            Catalog.lock(c);
            ElectionRow e = Catalog.election(c, electionKey).orElseThrow(() -> StoreException.badReference(
                    db.describe() + ": no election " + electionKey));
            long version = Catalog.latest(c, e.id(), Long.MAX_VALUE).orElseThrow();
            String name = switch (what) {
                case Retraction r -> checkRetraction(e, r);
                case Call call -> checkNew(e, version, contest.orElseThrow(), call);
                case Certified cert -> checkNew(e, version, contest.orElseThrow(), cert);
            };
            long id = Sql.number(c, "SELECT MAX(declaration_id) FROM declaration").orElse(0) + 1;
            Declaration d = new Declaration(id, electionKey, name, what, by, reason, clock.instant(), version);
            Sql.update(c, "INSERT INTO declaration (declaration_id, election_id, contest_name, kind, choice_name,"
                    + " retracts, declared_by, reason, declared_at_ms, as_of_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)", id, e.id(), name, what.kind(), what instanceof Call call ? call.choice() : null,
                    what instanceof Retraction r ? r.retracted() : null, d.by(), d.reason(), d.at().toEpochMilli(),
                    version);
            db.announceDeclaration(c, id);
            c.commit();
            return d;
        } catch (SQLException | RuntimeException ex) {
            c.rollback();
            throw ex;
        }
    }

    /** A call or certification names a contest of the newest version and, for a call, one of its choices. */
    private String checkNew(ElectionRow e, long version, String contest, Declaration.What what) throws SQLException {
        Optional<List<String>> ranked = rankedChoices(version, contest);
        Optional<Integer> id = ranked.isPresent() ? Optional.empty() : contestId(e, version, contest);
        if (ranked.isEmpty() && id.isEmpty()) {
            throw StoreException.badReference(db.describe() + ": election " + e.key() + " has no contest '"
                    + contest + "' in its newest version (" + version + ")");
        }
        if (what instanceof Call call && !(ranked.isPresent() ? ranked.get() : choices(e, id.get(), version))
                .contains(call.choice())) {
            throw StoreException.badReference(db.describe() + ": contest '" + contest + "' has no choice '"
                    + call.choice() + "' in version " + version);
        }
        for (Declaration standing : standing(e.key(), contest)) {
            if (standing.what().kind().equals(what.kind())) {
                throw StoreException.conflict(db.describe() + ": contest '" + contest + "' already has "
                        + (what instanceof Call ? "a call" : "a certification") + " standing (declaration "
                        + standing.id() + "); retract it first");
            }
        }
        return contest;
    }

    private String checkRetraction(ElectionRow e, Retraction r) throws SQLException {
        Declaration target = all(" WHERE d.declaration_id = ? AND d.election_id = ?", r.retracted(), e.id()).stream()
                .findFirst().orElseThrow(() -> StoreException.badReference(db.describe() + ": election " + e.key()
                        + " has no declaration " + r.retracted()));
        if (target.what() instanceof Retraction) {
            throw StoreException.conflict(db.describe() + ": declaration " + target.id()
                    + " is a retraction; a retraction cannot be retracted, declare again instead");
        }
        if (standing(e.key(), target.contest()).stream().noneMatch(d -> d.id() == target.id())) {
            throw StoreException.conflict(db.describe() + ": declaration " + target.id() + " is already retracted");
        }
        return target.contest();
    }

    /** The calls and certifications of a contest that no retraction has withdrawn. */
    private List<Declaration> standing(String electionKey, String contest) throws SQLException {
        return Declaration.standing(list(Optional.of(electionKey)).stream().filter(d -> d.contest().equals(contest))
                .toList());
    }

    /** A version of cast-vote records holds one contest, whose candidates are its choices. */
    private Optional<List<String>> rankedChoices(long version, String contest) throws SQLException {
        if (Sql.list(c, "SELECT 1 FROM cvr_version WHERE version = ? AND contest_name = ?", rs -> rs.getInt(1),
                version, contest).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Sql.list(c, "SELECT name FROM cvr_candidate WHERE version = ? ORDER BY position",
                rs -> rs.getString(1), version));
    }

    private Optional<Integer> contestId(ElectionRow e, long version, String contest) throws SQLException {
        return Sql.list(c, "SELECT cc.contest_id FROM contest_change cc WHERE cc.election_id = ? AND cc.name = ?"
                + " AND cc.position IS NOT NULL AND cc.version = (SELECT MAX(x.version) FROM contest_change x"
                + " WHERE x.election_id = cc.election_id AND x.contest_id = cc.contest_id AND x.version <= ?)",
                rs -> rs.getInt(1), e.id(), contest, version).stream().findFirst();
    }

    private List<String> choices(ElectionRow e, int contest, long version) throws SQLException {
        return Sql.list(c, "SELECT ch.name FROM choice_change ch WHERE ch.election_id = ? AND ch.contest_id = ?"
                + " AND ch.position IS NOT NULL AND ch.version = (SELECT MAX(x.version) FROM choice_change x"
                + " WHERE x.election_id = ch.election_id AND x.contest_id = ch.contest_id"
                + " AND x.choice_id = ch.choice_id AND x.version <= ?)", rs -> rs.getString(1), e.id(), contest,
                version);
    }

    /** Every declaration of the election (of every election when none is named), oldest first. */
    List<Declaration> list(Optional<String> electionKey) throws SQLException {
        return electionKey.isEmpty() ? all("") : all(" WHERE e.election_key = ?", electionKey.get());
    }

    static long newest(Connection c) throws SQLException {
        return Sql.number(c, "SELECT MAX(declaration_id) FROM declaration").orElse(0);
    }

    private List<Declaration> all(String where, Object... params) throws SQLException {
        return Sql.list(c, COLUMNS + where + " ORDER BY d.declaration_id", Declarations::row, params);
    }

    private static Declaration row(ResultSet rs) throws SQLException {
        String kind = rs.getString(4);
        Declaration.What what = switch (kind) {
            case "call" -> new Call(rs.getString(5));
            case "certified" -> new Certified();
            case "retraction" -> new Retraction(rs.getLong(6));
            default -> throw new SQLException("declaration " + rs.getLong(1) + " has an unknown kind '" + kind + "'");
        };
        return new Declaration(rs.getLong(1), rs.getString(2), rs.getString(3), what, rs.getString(7),
                rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)), rs.getLong(10));
    }
}
